import type { FieldErrors } from '../../../domain/framing';
import { TextField } from '../../../ui/text-field';
import type { FramingDraft } from './framing-draft';

type CapacityDraft = Pick<FramingDraft, 'engineers' | 'systemsMaintained' | 'spareEngineers'>;

/** Capacity, not headcount: ten engineers running four systems have less room than five running one. */
export function CapacityFields({ draft, errors, onChange }: { draft: CapacityDraft; errors: FieldErrors; onChange: (patch: Partial<CapacityDraft>) => void }) {
  return (
    <fieldset className="capacity">
      <legend>Team capacity</legend>
      <p className="field-hint">Headcount is not capacity: count what the team already runs, and what it can take on without hurting existing commitments.</p>
      <div className="field-trio">
        <TextField name="capacity.engineers" label="Engineers on the team" inputMode="numeric" value={draft.engineers} error={errors['capacity.engineers']} onChange={(engineers) => onChange({ engineers })} />
        <TextField name="capacity.systemsMaintained" label="Production systems they already maintain" inputMode="numeric" value={draft.systemsMaintained} error={errors['capacity.systemsMaintained']} onChange={(systemsMaintained) => onChange({ systemsMaintained })} />
        <TextField
          name="capacity.spareEngineers"
          label="Spare engineer capacity"
          hint="In engineers, e.g. 0.5 for half an engineer."
          inputMode="decimal"
          value={draft.spareEngineers}
          error={errors['capacity.spareEngineers']}
          onChange={(spareEngineers) => onChange({ spareEngineers })}
        />
      </div>
    </fieldset>
  );
}
