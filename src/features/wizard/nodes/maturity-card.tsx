import * as z from 'zod/mini';
import { MaturityChecksSchema } from '../../../domain/answers';
import type { Candidate, FieldErrors } from '../../../domain/framing';
import { checkNames, MATURITY_CHECKS } from '../../../domain/maturity-checks';
import { suggestMaturity } from '../../../domain/rules';
import { RadioGroup } from '../../../ui/radio-group';
import { Suggestion } from '../../../ui/suggestion';
import { followOrOverride, YES_NO } from '../choices';
import { OverrideReason } from '../override-reason';

/** One candidate's checks and call at node 2, before it becomes an answer; `picked` is null while it follows the suggestion. */
export const MaturityDraftSchema = z.readonly(z.object({ checks: MaturityChecksSchema, picked: z.nullable(z.boolean()), overrideReason: z.string() }));
export type MaturityDraft = z.infer<typeof MaturityDraftSchema>;

interface MaturityCardProps {
  candidate: Candidate;
  draft: MaturityDraft;
  errors: FieldErrors;
  onChange: (draft: MaturityDraft) => void;
}

/** One candidate at node 2: its checks, the suggestion they give, and the team's call. */
export function MaturityCard({ candidate, draft, errors, onChange }: MaturityCardProps) {
  const suggested = suggestMaturity(draft.checks);
  const mature = draft.picked ?? suggested;
  const missing = checkNames(draft.checks, false);
  const headingId = `maturity-${candidate.id}`;
  const key = `candidates.${candidate.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {candidate.name}
        {candidate.vendor && <span className="vendor"> · {candidate.vendor}</span>}
      </h2>
      <fieldset className="checks">
        <legend>Maturity checks (all four must hold)</legend>
        {MATURITY_CHECKS.map((check) => (
          <label key={check.key} className="check">
            <input
              type="checkbox"
              checked={draft.checks[check.key]}
              onChange={(e) => onChange({ ...draft, checks: { ...draft.checks, [check.key]: e.target.checked } })}
            />
            <span>{check.label}</span>
          </label>
        ))}
      </fieldset>
      <Suggestion reasons={suggested ? ['All four checks hold.'] : [`Not yet shown: ${missing.join('; ')}.`]}>
        <strong>{suggested ? 'Mature' : 'Not mature'}</strong>
      </Suggestion>
      <RadioGroup
        name={key}
        legend={`Is ${candidate.name} mature?`}
        value={mature ? 'yes' : 'no'}
        suggested={suggested ? 'yes' : 'no'}
        choices={YES_NO}
        error={errors[key]}
        onChange={(v) => onChange({ ...draft, picked: followOrOverride(v === 'yes', suggested) })}
      />
      <OverrideReason
        name={`${key}.overrideReason`}
        show={mature !== suggested}
        value={draft.overrideReason}
        error={errors[`${key}.overrideReason`]}
        onChange={(overrideReason) => onChange({ ...draft, overrideReason })}
      />
    </section>
  );
}
