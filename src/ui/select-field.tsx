import type { ReactNode } from 'react';
import { FieldError } from './field-error';
import { describedBy, errorId, fieldId } from './field-id';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface SelectFieldProps<T extends string> {
  name: string;
  label: ReactNode;
  value: T | '';
  choices: readonly Choice<T>[];
  onChange: (value: T | '') => void;
  /** Text of an empty first option; without it the select always holds a value. */
  placeholder?: string;
  error?: string | undefined;
  /** Hide the visible label and name the select with aria-label instead (grid cells). */
  ariaLabel?: string;
  className?: string;
}

/** A labelled select with its error tied to it. */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { name, label, value, choices, onChange, placeholder, error, ariaLabel } = props;
  const id = fieldId(name);
  return (
    <div className={`field ${props.className ?? ''}`}>
      {ariaLabel === undefined && <label htmlFor={id}>{label}</label>}
      <select
        id={id}
        name={name}
        value={value}
        aria-label={ariaLabel}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId(name))}
        onChange={(e) => onChange(e.target.value as T | '')}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldError errorKey={name} message={error} />
    </div>
  );
}
