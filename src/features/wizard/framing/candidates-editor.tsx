import { memo, useCallback } from 'react';
import type { Candidate, FieldErrors } from '../../../domain/framing';
import { fieldId } from '../../../ui/field-id';
import { TextField } from '../../../ui/text-field';
import { useFocusNewRow } from '../../../ui/use-focus-new-row';
import { newCandidate, type ListChange } from './framing-draft';

interface CandidatesEditorProps {
  candidates: readonly Candidate[];
  errors: FieldErrors;
  /** Takes a change to the list rather than the new list, so it can stay the same function across renders. */
  onChange: (change: ListChange<Candidate>) => void;
  /** Called when a row goes away, so errors keyed by index no longer point at the wrong row. */
  onRemove: () => void;
}

const nameId = (i: number) => fieldId(`candidates.${i}.name`);

interface CandidateRowProps {
  candidate: Candidate;
  index: number;
  nameError: string | undefined;
  onEdit: (index: number, patch: Partial<Candidate>) => void;
  onRemove: (index: number) => void;
}

// Memoised with stable callbacks: a keystroke in one candidate re-renders that row only.
const CandidateRow = memo(function CandidateRow({ candidate: c, index: i, nameError, onEdit, onRemove }: CandidateRowProps) {
  return (
    <li className="row row-candidate">
      <TextField className="area-name" name={`candidates.${i}.name`} label={`Candidate ${i + 1} name`} value={c.name} error={nameError} onChange={(name) => onEdit(i, { name })} />
      <TextField className="area-vendor" name={`candidates.${i}.vendor`} label={<>Vendor<span className="visually-hidden"> of candidate {i + 1}</span></>} value={c.vendor} onChange={(vendor) => onEdit(i, { vendor })} />
      <TextField className="area-notes" name={`candidates.${i}.notes`} label={<>Notes<span className="visually-hidden"> on candidate {i + 1}</span></>} value={c.notes} onChange={(notes) => onEdit(i, { notes })} />
      <button type="button" className="button-quiet area-remove" aria-label={`Remove candidate ${i + 1}${c.name.trim() ? ` (${c.name.trim()})` : ''}`} onClick={() => onRemove(i)}>
        Remove
      </button>
    </li>
  );
});

/** Add, edit and remove the commercial candidates; zero is allowed. */
export function CandidatesEditor({ candidates, errors, onChange, onRemove }: CandidatesEditorProps) {
  const markAdded = useFocusNewRow(candidates.length, nameId);
  const edit = useCallback((index: number, patch: Partial<Candidate>) => onChange((all) => all.map((c, i) => (i === index ? { ...c, ...patch } : c))), [onChange]);
  const remove = useCallback(
    (index: number) => {
      onChange((all) => all.filter((_, j) => j !== index));
      onRemove();
    },
    [onChange, onRemove],
  );
  return (
    <fieldset className="list-editor">
      <legend>Candidate products</legend>
      <p className="field-hint">The commercial options you are weighing. None is fine: node 2 is then “No”.</p>
      {candidates.length > 0 && (
        <ol className="rows">
          {candidates.map((c, i) => (
            <CandidateRow key={c.id} candidate={c} index={i} nameError={errors[`candidates.${i}.name`]} onEdit={edit} onRemove={remove} />
          ))}
        </ol>
      )}
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          markAdded();
          onChange((all) => [...all, newCandidate()]);
        }}
      >
        Add candidate
      </button>
    </fieldset>
  );
}
