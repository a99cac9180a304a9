import { TextField } from '../../ui/text-field';

/** Shown only when the team goes against the app's suggestion: the engine needs a reason. */
export function OverrideReason({ name, show, value, error, onChange }: { name: string; show: boolean; value: string; error: string | undefined; onChange: (value: string) => void }) {
  if (!show) return null;
  return (
    <TextField
      name={name}
      className="override"
      label="Why go against the suggestion?"
      multiline
      rows={2}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
