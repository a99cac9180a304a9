import type { FollowUps } from '../../domain/guidance/schemas';
import type { Outcome } from '../../domain/outcomes';
import { suggestedTriggers } from '../../domain/guidance/follow-ups';
import { TextField } from '../../ui/text-field';

interface Props {
  readonly outcome: Outcome;
  readonly revisitBy: string;
  readonly followUps: FollowUps;
  readonly error: string | undefined;
  readonly onChange: (patch: Partial<FollowUps>) => void;
}

/** The revisit-by date (defaulted from the outcome) and the events that should reopen the decision sooner. */
export function RevisitFields({ outcome, revisitBy, followUps, error, onChange }: Props) {
  const named = new Set(followUps.triggers.map((t) => t.trim()));
  const suggestions = suggestedTriggers(outcome).filter((t) => !named.has(t));
  return (
    <div className="revisit-fields">
      <TextField
        name="revisitBy"
        type="date"
        label="Revisit by"
        hint={`Six months for Buy and Buy and wrap (the workarounds were accepted for 6–12 months), twelve otherwise. Clear it to go back to the default.`}
        value={revisitBy}
        error={error}
        onChange={(value) => onChange({ revisitBy: value === '' ? null : value })}
      />
      <TextField
        name="triggers"
        multiline
        rows={3}
        label="What should reopen the decision sooner? (one per line)"
        value={followUps.triggers.join('\n')}
        onChange={(value) => onChange({ triggers: value.split('\n') })}
      />
      {suggestions.length > 0 && (
        <div className="trigger-suggestions" role="group" aria-label="Suggested triggers">
          {suggestions.map((t) => (
            <button
              key={t}
              type="button"
              className="button-quiet"
              onClick={() => onChange({ triggers: [...followUps.triggers.filter((x) => x.trim() !== ''), t] })}
            >
              + {t}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
