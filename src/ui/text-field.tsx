import type { ClipboardEvent, ReactNode } from 'react';
import { FieldError } from './field-error';
import { describedBy, errorId, fieldId } from './field-id';

interface TextFieldProps {
  /** Error key and id source, e.g. `componentName` or `candidates.0.name`. */
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Shown under the label, read with the field. */
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date';
  inputMode?: 'text' | 'decimal' | 'numeric';
  onBlur?: () => void;
  /** Lets a list editor turn a pasted list into rows; call `preventDefault` to take the paste over. */
  onPaste?: (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  className?: string;
  /** Extra ids the field should be described by (a warning below it). */
  extraDescribedBy?: string | undefined;
}

/** A labelled text input or textarea with its hint and error tied to it. */
export function TextField(props: TextFieldProps) {
  const { name, label, value, onChange, error, hint, multiline = false, rows = 4, type = 'text' } = props;
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name,
    value,
    onBlur: props.onBlur,
    onPaste: props.onPaste,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hintId, error && errorId(name), props.extraDescribedBy),
  } as const;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} inputMode={props.inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldError errorKey={name} message={error} />
    </div>
  );
}
