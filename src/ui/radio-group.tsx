import type { ReactNode } from 'react';
import { FieldError } from './field-error';
import { describedBy, errorId, fieldId } from './field-id';
import type { Choice } from './select-field';

interface RadioGroupProps<T extends string> {
  /** Error key and id source. */
  name: string;
  legend: ReactNode;
  value: T | null;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  error?: string | undefined;
  hint?: ReactNode;
  /** The choice the app suggests: marked beside its label. */
  suggested?: T | null;
  className?: string;
}

/** A fieldset of radio buttons named by its legend; keyboard users move with the arrow keys. */
export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const { name, legend, value, choices, onChange, error, hint, suggested } = props;
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset
      id={id}
      role="radiogroup"
      className={`radio-group ${props.className ?? ''}`}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(hintId, error && errorId(name))}
    >
      <legend>{legend}</legend>
      {hint && (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      )}
      <div className="radio-options">
        {choices.map((c) => (
          <label key={c.value} className={`radio-option${value === c.value ? ' is-checked' : ''}`}>
            <input
              type="radio"
              name={id}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
            />
            <span>{c.label}</span>
            {suggested === c.value && (
              <span className="badge" aria-hidden="true">
                suggested
              </span>
            )}
          </label>
        ))}
      </div>
      <FieldError errorKey={name} message={error} />
    </fieldset>
  );
}
