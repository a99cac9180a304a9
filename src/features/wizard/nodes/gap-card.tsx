import type { Coverage, GapRating, GapVerdict } from '../../../domain/answers';
import type { Candidate, FieldErrors, Requirement } from '../../../domain/framing';
import { suggestGapVerdict } from '../../../domain/rules';
import { RadioGroup } from '../../../ui/radio-group';
import type { Choice } from '../../../ui/select-field';
import { Suggestion } from '../../../ui/suggestion';
import { followOrOverride, GAP_VERDICT_CHOICES, labelOf } from '../choices';
import { OverrideReason } from '../override-reason';

type Kind = GapRating['kind'];
type Breadth = Extract<GapRating, { kind: 'core' }>['breadth'];

/** A gap as the team is classifying it: a core gap may not have its breadth yet. */
export type RatingDraft = GapRating | { readonly kind: 'core'; readonly breadth?: undefined };

export interface GapsDraft {
  readonly ratings: Readonly<Record<string, RatingDraft>>;
  readonly picked: GapVerdict | null;
  readonly overrideReason: string;
}

const KIND_CHOICES: readonly Choice<Kind>[] = [
  { value: 'core', label: 'Core' },
  { value: 'edge', label: 'Edge case' },
  { value: 'not-a-gap', label: 'Not a gap' },
];
const BREADTH_CHOICES: readonly Choice<Breadth>[] = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'broad', label: 'Broad' },
];
const COVERAGE_WORDS: Record<Coverage, string> = { covered: 'covered', partial: 'partly covered', missing: 'not covered' };

/** The finished ratings among `gaps`; a core gap without breadth is left out until it has one. */
export function completeRatings(ratings: GapsDraft['ratings'], gaps: readonly string[]): Record<string, GapRating> {
  const done: Record<string, GapRating> = {};
  for (const id of gaps) {
    const r = ratings[id];
    if (r && (r.kind !== 'core' || r.breadth)) done[id] = r;
  }
  return done;
}

interface GapCardProps {
  candidate: Candidate;
  requirements: readonly Requirement[];
  coverage: Readonly<Record<string, Coverage>>;
  gaps: readonly string[];
  draft: GapsDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<GapsDraft>) => void;
}

/** One candidate at node 4: classify each gap, then the verdict the classes suggest. */
export function GapCard({ candidate, requirements, coverage, gaps, draft, errors, onChange }: GapCardProps) {
  const suggested = suggestGapVerdict(Object.values(completeRatings(draft.ratings, gaps)));
  const verdict = draft.picked ?? suggested;
  const rate = (id: string, rating: RatingDraft) => onChange({ ratings: { ...draft.ratings, [id]: rating } });
  const key = `candidates.${candidate.id}`;
  const headingId = `gaps-${candidate.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{candidate.name}</h2>
      {gaps.map((id) => {
        const name = requirements.find((r) => r.id === id)?.name ?? id;
        const rating = draft.ratings[id];
        const gapKey = `${key}.gaps.${id}`;
        return (
          <div key={id} className="gap">
            <RadioGroup
              name={gapKey}
              legend={`Gap: ${name}`}
              hint={`${candidate.name}: ${COVERAGE_WORDS[coverage[id] ?? 'missing']}.`}
              value={rating?.kind ?? null}
              choices={KIND_CHOICES}
              error={errors[gapKey]}
              onChange={(kind) => rate(id, kind === 'core' ? { kind, breadth: rating?.kind === 'core' ? rating.breadth : undefined } : { kind })}
            />
            {rating?.kind === 'core' && (
              <RadioGroup
                name={`${gapKey}.breadth`}
                className="nested"
                legend={`How broad is the ${name} gap?`}
                hint="Narrow: a thin layer on top can fill it. Broad: a whole category of function is missing."
                value={rating.breadth ?? null}
                choices={BREADTH_CHOICES}
                error={errors[`${gapKey}.breadth`]}
                onChange={(breadth) => rate(id, { kind: 'core', breadth })}
              />
            )}
          </div>
        );
      })}
      <Suggestion reasons={suggestionReasons(draft.ratings, gaps, requirements)}>
        <strong>{labelOf(GAP_VERDICT_CHOICES, suggested)}</strong>
      </Suggestion>
      <RadioGroup
        name={`${key}.verdict`}
        legend={`Verdict for ${candidate.name}`}
        value={verdict}
        suggested={suggested}
        choices={GAP_VERDICT_CHOICES}
        onChange={(v) => onChange({ picked: followOrOverride(v, suggested) })}
      />
      <OverrideReason name={`${key}.overrideReason`} show={verdict !== suggested} value={draft.overrideReason} error={errors[`${key}.overrideReason`]} onChange={(overrideReason) => onChange({ overrideReason })} />
    </section>
  );
}

function suggestionReasons(ratings: GapsDraft['ratings'], gaps: readonly string[], requirements: readonly Requirement[]): string[] {
  const done = completeRatings(ratings, gaps);
  const name = (id: string) => requirements.find((r) => r.id === id)?.name ?? id;
  const core = Object.entries(done).filter(([, r]) => r.kind === 'core');
  const open = gaps.length - Object.keys(done).length;
  const reasons: string[] = [];
  if (core.length === 0) reasons.push('No core gap so far: work around the edge cases.');
  else reasons.push(`Core gaps: ${core.map(([id, r]) => `${name(id)} (${r.kind === 'core' ? r.breadth : ''})`).join(', ')}.`);
  if (open > 0) reasons.push(`${open} gap${open === 1 ? '' : 's'} still to classify.`);
  return reasons;
}
