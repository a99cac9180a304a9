import type { Candidate, FieldErrors } from '../../../domain/framing';
import { fieldId } from '../../../ui/field-id';
import { TextField } from '../../../ui/text-field';
import { useFocusNewRow } from '../../../ui/use-focus-new-row';
import { newCandidate } from './framing-draft';

interface CandidatesEditorProps {
  candidates: readonly Candidate[];
  errors: FieldErrors;
  onChange: (candidates: readonly Candidate[]) => void;
  /** Called when a row goes away, so errors keyed by index no longer point at the wrong row. */
  onRemove: () => void;
}

const nameId = (i: number) => fieldId(`candidates.${i}.name`);

/** Add, edit and remove the commercial candidates; zero is allowed. */
export function CandidatesEditor({ candidates, errors, onChange, onRemove }: CandidatesEditorProps) {
  const markAdded = useFocusNewRow(candidates.length, nameId);
  const update = (index: number, patch: Partial<Candidate>) =>
    onChange(candidates.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="list-editor">
      <legend>Candidate products</legend>
      <p className="field-hint">The commercial options you are weighing. None is fine: node 2 is then “No”.</p>
      {candidates.length > 0 && (
        <ol className="rows">
          {candidates.map((c, i) => (
            <li key={c.id} className="row row-candidate">
              <TextField className="area-name" name={`candidates.${i}.name`} label={`Candidate ${i + 1} name`} value={c.name} error={errors[`candidates.${i}.name`]} onChange={(name) => update(i, { name })} />
              <TextField className="area-vendor" name={`candidates.${i}.vendor`} label={<>Vendor<span className="visually-hidden"> of candidate {i + 1}</span></>} value={c.vendor} onChange={(vendor) => update(i, { vendor })} />
              <TextField className="area-notes" name={`candidates.${i}.notes`} label={<>Notes<span className="visually-hidden"> on candidate {i + 1}</span></>} value={c.notes} onChange={(notes) => update(i, { notes })} />
              <button
                type="button"
                className="button-quiet area-remove"
                aria-label={`Remove candidate ${i + 1}${c.name.trim() ? ` (${c.name.trim()})` : ''}`}
                onClick={() => {
                  onChange(candidates.filter((_, j) => j !== i));
                  onRemove();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          markAdded();
          onChange([...candidates, newCandidate()]);
        }}
      >
        Add candidate
      </button>
    </fieldset>
  );
}
