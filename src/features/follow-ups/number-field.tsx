import { useState } from 'react';
import { TextField } from '../../ui/text-field';

interface NumberFieldProps {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: number | null;
  readonly integer?: boolean;
  readonly onChange: (value: number | null) => void;
}

/** A number typed as text: kept as typed, sent on when it reads as a number of zero or more (or is emptied). */
export function NumberField({ name, label, hint, value, integer = false, onChange }: NumberFieldProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | undefined>();
  const change = (next: string) => {
    setText(next);
    const trimmed = next.trim().replace(',', '.');
    if (trimmed === '') {
      setError(undefined);
      return onChange(null);
    }
    const parsed = Number(trimmed);
    if (!Number.isFinite(parsed) || parsed < 0 || (integer && !Number.isInteger(parsed))) {
      return setError(integer ? 'Enter a whole number of zero or more.' : 'Enter a number of zero or more.');
    }
    setError(undefined);
    onChange(parsed);
  };
  return (
    <TextField
      name={name}
      label={label}
      hint={hint}
      inputMode={integer ? 'numeric' : 'decimal'}
      value={text}
      error={error}
      onChange={change}
    />
  );
}
