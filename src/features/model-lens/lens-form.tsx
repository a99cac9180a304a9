import { useRef, useState, type ReactNode } from 'react';
import type { ModelLens } from '../../domain/guidance/schemas';
import { sendGuidance } from '../../store/guidance-actions';
import { ErrorSummary } from '../../ui/error-summary';
import { useFocusFirstInvalid } from '../../ui/focus-first-invalid';
import { RadioGroup } from '../../ui/radio-group';
import { TextField } from '../../ui/text-field';
import { draftOf, parseDraft, QUESTIONS, type LensDraft } from './lens-draft';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

interface LensFormProps {
  readonly initial: ModelLens | null | undefined;
  readonly submitLabel: string;
  readonly onRecorded?: () => void;
  readonly children?: ReactNode;
}

/** The four model-layer questions and the inference volume, recorded with 'lens.answered'. */
export function LensForm({ initial, submitLabel, onRecorded, children }: LensFormProps) {
  const [draft, setDraft] = useState<LensDraft>(() => draftOf(initial));
  const [errors, setErrors] = useState<Record<string, string> | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(ref, errors);
  const set = (patch: Partial<LensDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = () => {
    const parsed = parseDraft(draft);
    if ('errors' in parsed) return setErrors(parsed.errors);
    const result = sendGuidance({ type: 'lens.answered', lens: parsed.lens });
    if (result && !result.ok) return setErrors({ ...result.error.errors });
    setErrors(null);
    onRecorded?.();
  };
  const count = errors ? Object.keys(errors).length : 0;
  return (
    <form
      ref={ref}
      className="lens-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {errors && count > 0 && (
        <ErrorSummary title={count === 1 ? 'One answer needs attention.' : `${count} answers need attention.`} messages={Object.values(errors)} />
      )}
      {QUESTIONS.map((q) => (
        <RadioGroup
          key={q.key}
          name={`lens-${q.key}`}
          legend={q.legend}
          hint={q.hint}
          value={draft[q.key]}
          choices={YES_NO}
          error={errors?.[q.key]}
          onChange={(value) => set({ [q.key]: value })}
        />
      ))}
      <div className="field-pair">
        <TextField
          name="lens-requestsPerMonth"
          label="Inference requests a month (optional)"
          hint="For example 120000000."
          inputMode="numeric"
          value={draft.requestsPerMonth}
          error={errors?.requestsPerMonth}
          onChange={(requestsPerMonth) => set({ requestsPerMonth })}
        />
        <TextField
          name="lens-costPerRequest"
          label="Cost per inference in dollars (optional)"
          hint="For example 0.002."
          inputMode="decimal"
          value={draft.costPerRequest}
          error={errors?.costPerRequest}
          onChange={(costPerRequest) => set({ costPerRequest })}
        />
      </div>
      <div className="actions">
        {children}
        <button type="submit" className="button-primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
