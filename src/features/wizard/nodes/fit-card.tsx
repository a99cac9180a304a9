import { memo } from 'react';
import * as z from 'zod/mini';
import { CoverageSchema, FitVerdictSchema } from '../../../domain/answers';
import type { Candidate, FieldErrors, Requirement } from '../../../domain/framing';
import { assessFit, formatPercent } from '../../../domain/rules';
import { RadioGroup } from '../../../ui/radio-group';
import { Suggestion } from '../../../ui/suggestion';
import { FIT_CHOICES, followOrOverride, labelOf } from '../choices';
import { OverrideReason } from '../override-reason';

/** What the team has marked for one candidate at node 3, before it becomes an answer; `picked` is null while it follows the suggestion. */
export const FitDraftSchema = z.readonly(
  z.object({
    coverage: z.readonly(z.record(z.string(), CoverageSchema)),
    picked: z.nullable(FitVerdictSchema),
    overrideReason: z.string(),
  }),
);
export type FitDraft = z.infer<typeof FitDraftSchema>;

interface FitCardProps {
  candidate: Candidate;
  requirements: readonly Requirement[];
  draft: FitDraft;
  errors: FieldErrors;
  /** Keep it stable (useCallback): the card is memoised, so a change elsewhere does not re-render it. */
  onChange: (candidateId: Candidate['id'], patch: Partial<FitDraft>) => void;
}

/** One candidate's verdict at node 3: the 80% rule's suggestion, and the team's call. */
export const FitCard = memo(function FitCard({ candidate, requirements, draft, errors, onChange }: FitCardProps) {
  const fit = assessFit(requirements, draft.coverage);
  const verdict = draft.picked ?? fit.suggested;
  const nameOf = (id: string) => `“${requirements.find((r) => r.id === id)?.name ?? id}”`;
  const reasons =
    fit.missingMustHaves.length > 0
      ? [`Must-have not fully covered: ${fit.missingMustHaves.map(nameOf).join(', ')}. No discount or roadmap promise makes up for it.`]
      : [`Every must-have is covered; ${formatPercent(fit.shouldHaveScore)} of the should-haves (80% needed, partly covered counts half).`];
  if (fit.missingMustHaves.length === 0 && fit.gaps.length > 0) reasons.push(`Gaps: ${fit.gaps.map(nameOf).join(', ')}.`);
  const key = `candidates.${candidate.id}`;
  const headingId = `fit-${candidate.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{candidate.name}</h2>
      {errors[key] && <p className="field-error">{errors[key]}</p>}
      <Suggestion reasons={reasons}>
        <strong>{labelOf(FIT_CHOICES, fit.suggested)}</strong>
      </Suggestion>
      <RadioGroup
        name={`${key}.verdict`}
        legend={`Verdict for ${candidate.name}`}
        value={verdict}
        suggested={fit.suggested}
        choices={FIT_CHOICES}
        onChange={(v) => onChange(candidate.id, { picked: followOrOverride(v, fit.suggested) })}
      />
      <OverrideReason
        name={`${key}.overrideReason`}
        show={verdict !== fit.suggested}
        value={draft.overrideReason}
        error={errors[`${key}.overrideReason`]}
        onChange={(overrideReason) => onChange(candidate.id, { overrideReason })}
      />
    </section>
  );
});
