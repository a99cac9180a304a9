import { BUCKET_NAMES, BUCKETS, type Bucket, type FieldErrors } from '../../../domain/framing';
import { useState } from 'react';
import { fieldId } from '../../../ui/field-id';
import { RadioGroup } from '../../../ui/radio-group';
import type { Choice } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useFocusNewRow } from '../../../ui/use-focus-new-row';
import { newRequirement, pastedLines, withPastedRequirements, type RequirementDraft } from './framing-draft';

export const BUCKET_CHOICES: readonly Choice<Bucket>[] = BUCKETS.map((value) => ({ value, label: BUCKET_NAMES[value] }));

interface RequirementsEditorProps {
  requirements: readonly RequirementDraft[];
  errors: FieldErrors;
  onChange: (requirements: readonly RequirementDraft[]) => void;
  onRemove: () => void;
}

const nameId = (i: number) => fieldId(`requirements.${i}.name`);

/** Add, edit and remove requirements, each placed in exactly one bucket. */
export function RequirementsEditor({ requirements, errors, onChange, onRemove }: RequirementsEditorProps) {
  const markAdded = useFocusNewRow(requirements.length, nameId);
  const [pasted, setPasted] = useState('');
  const update = (index: number, patch: Partial<RequirementDraft>) =>
    onChange(requirements.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className="list-editor">
      <legend>Requirements</legend>
      <div className="field-hint">
        <p>
          <strong>{BUCKET_NAMES.must}</strong>: without it the product fails your use case. <strong>{BUCKET_NAMES.should}</strong>: you could
          live without it for 6–12 months with a workaround. <strong>{BUCKET_NAMES.nice}</strong>: never counts towards the decision.
        </p>
        <p>Pasting several lines into a requirement makes one requirement a line.</p>
      </div>
      {requirements.length > 0 && (
        <ol className="rows">
          {requirements.map((r, i) => (
            <li key={r.id} className="row row-requirement">
              <TextField
                name={`requirements.${i}.name`}
                label={`Requirement ${i + 1}`}
                value={r.name}
                error={errors[`requirements.${i}.name`]}
                onChange={(name) => update(i, { name })}
                onPaste={(e) => {
                  const lines = pastedLines(e.clipboardData.getData('text/plain'));
                  if (lines.length < 2) return;
                  e.preventDefault();
                  const { selectionStart, selectionEnd } = e.currentTarget;
                  onChange(withPastedRequirements(requirements, i, lines, selectionStart ?? r.name.length, selectionEnd ?? r.name.length));
                  setPasted(`${lines.length} requirements from the pasted lines, from requirement ${i + 1} on. Pick a bucket for each.`);
                }}
              />
              <RadioGroup
                name={`requirements.${i}.bucket`}
                className="segmented"
                legend={<>Bucket <span className="visually-hidden">for requirement {i + 1}</span></>}
                value={r.bucket || null}
                choices={BUCKET_CHOICES}
                error={errors[`requirements.${i}.bucket`]}
                onChange={(bucket) => update(i, { bucket })}
              />
              <button
                type="button"
                className="button-quiet"
                aria-label={`Remove requirement ${i + 1}${r.name.trim() ? ` (${r.name.trim()})` : ''}`}
                onClick={() => {
                  onChange(requirements.filter((_, j) => j !== i));
                  onRemove();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <p role="status" className="status-slot">
        {pasted}
      </p>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          markAdded();
          onChange([...requirements, newRequirement()]);
        }}
      >
        Add requirement
      </button>
    </fieldset>
  );
}
