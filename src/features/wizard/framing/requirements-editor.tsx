import { memo, useCallback, useState } from 'react';
import { BUCKET_NAMES, BUCKETS, type Bucket, type FieldErrors } from '../../../domain/framing';
import { fieldId } from '../../../ui/field-id';
import { RadioGroup } from '../../../ui/radio-group';
import type { Choice } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useFocusNewRow } from '../../../ui/use-focus-new-row';
import { newRequirement, pastedLines, withPastedRequirements, type ListChange, type RequirementDraft } from './framing-draft';

export const BUCKET_CHOICES: readonly Choice<Bucket>[] = BUCKETS.map((value) => ({ value, label: BUCKET_NAMES[value] }));

interface RequirementsEditorProps {
  requirements: readonly RequirementDraft[];
  errors: FieldErrors;
  /** Takes a change to the list rather than the new list, so it can stay the same function across renders. */
  onChange: (change: ListChange<RequirementDraft>) => void;
  onRemove: () => void;
}

const nameId = (i: number) => fieldId(`requirements.${i}.name`);

interface RequirementRowProps {
  requirement: RequirementDraft;
  index: number;
  nameError: string | undefined;
  bucketError: string | undefined;
  onEdit: (index: number, patch: Partial<RequirementDraft>) => void;
  /** Several pasted lines, to become one requirement a line from this row on (over the selection `from`–`to`). */
  onPasteLines: (index: number, lines: readonly string[], from: number, to: number) => void;
  onRemove: (index: number) => void;
}

// Memoised with stable callbacks: a keystroke in one requirement re-renders that row, not all sixty.
const RequirementRow = memo(function RequirementRow({ requirement: r, index: i, nameError, bucketError, onEdit, onPasteLines, onRemove }: RequirementRowProps) {
  return (
    <li className="row row-requirement">
      <TextField
        name={`requirements.${i}.name`}
        label={`Requirement ${i + 1}`}
        value={r.name}
        error={nameError}
        onChange={(name) => onEdit(i, { name })}
        onPaste={(e) => {
          const lines = pastedLines(e.clipboardData.getData('text/plain'));
          if (lines.length < 2) return;
          e.preventDefault();
          const { selectionStart, selectionEnd } = e.currentTarget;
          onPasteLines(i, lines, selectionStart ?? r.name.length, selectionEnd ?? r.name.length);
        }}
      />
      <RadioGroup
        name={`requirements.${i}.bucket`}
        className="segmented"
        legend={<>Bucket <span className="visually-hidden">for requirement {i + 1}</span></>}
        value={r.bucket || null}
        choices={BUCKET_CHOICES}
        error={bucketError}
        onChange={(bucket) => onEdit(i, { bucket })}
      />
      <button type="button" className="button-quiet" aria-label={`Remove requirement ${i + 1}${r.name.trim() ? ` (${r.name.trim()})` : ''}`} onClick={() => onRemove(i)}>
        Remove
      </button>
    </li>
  );
});

/** Add, edit and remove requirements, each placed in exactly one bucket. */
export function RequirementsEditor({ requirements, errors, onChange, onRemove }: RequirementsEditorProps) {
  const markAdded = useFocusNewRow(requirements.length, nameId);
  const [pasted, setPasted] = useState('');
  const edit = useCallback(
    (index: number, patch: Partial<RequirementDraft>) => onChange((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r))),
    [onChange],
  );
  const pasteLines = useCallback(
    (index: number, lines: readonly string[], from: number, to: number) => {
      onChange((all) => withPastedRequirements(all, index, lines, from, to));
      setPasted(`${lines.length} requirements from the pasted lines, from requirement ${index + 1} on. Pick a bucket for each.`);
    },
    [onChange],
  );
  const remove = useCallback(
    (index: number) => {
      onChange((all) => all.filter((_, j) => j !== index));
      onRemove();
    },
    [onChange, onRemove],
  );
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
            <RequirementRow
              key={r.id}
              requirement={r}
              index={i}
              nameError={errors[`requirements.${i}.name`]}
              bucketError={errors[`requirements.${i}.bucket`]}
              onEdit={edit}
              onPasteLines={pasteLines}
              onRemove={remove}
            />
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
          onChange((all) => [...all, newRequirement()]);
        }}
      >
        Add requirement
      </button>
    </fieldset>
  );
}
