import { errorId } from './field-id';

/** The message under a field; its id is what the field's aria-describedby points at. */
export function FieldError({ errorKey, message }: { errorKey: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={errorId(errorKey)}>
      {message}
    </p>
  );
}
