import * as z from 'zod/mini';
import { GapRatingSchema, GapVerdictSchema, type CandidateGaps } from '../../../domain/answers';
import { assessFit, suggestGapVerdict } from '../../../domain/rules';
import type { CandidateId } from '../../../domain/ids';
import type { Session } from '../../../domain/session';
import { keepBefore } from '../../../domain/transition';
import { candidatesAt } from '../../../domain/validate-answer';
import { NodeScreen } from '../node-screen';
import { useAnswerForm } from '../use-answer-form';
import { completeRatings, GapCard, type GapsDraft, type RatingDraft } from './gap-card';
import { useStepInput } from '../use-step-input';

/** Node 4's form as typed: per candidate each gap's rating so far (a core gap may lack its breadth), the call, and the rationale. */
const RatingDraftSchema = z.union([GapRatingSchema, z.object({ kind: z.literal('core'), breadth: z.optional(z.undefined()) })]);
const GapsDraftSchema = z.object({ ratings: z.record(z.string(), RatingDraftSchema), picked: z.nullable(GapVerdictSchema), overrideReason: z.string() });
const GapsInputSchema = z.object({ candidates: z.record(z.string(), GapsDraftSchema), rationale: z.string() });

function draftOf(given: CandidateGaps | undefined): GapsDraft {
  if (!given) return { ratings: {}, picked: null, overrideReason: '' };
  return { ratings: given.gaps, picked: given.verdict === given.suggested ? null : given.verdict, overrideReason: given.overrideReason };
}

/** Node 4: per candidate, each gap core / edge / not a gap, each core gap narrow or broad. */
export function GapsNode({ session }: { session: Session }) {
  const { framing, answers } = session;
  const candidates = candidatesAt(framing, keepBefore(answers, 'gaps'), 'gaps');
  const gapsOf = (id: CandidateId) => assessFit(framing.requirements, answers.requirements?.candidates[id]?.coverage ?? {}).gaps;
  const [input, setInput] = useStepInput('gaps', GapsInputSchema, () => ({
    candidates: Object.fromEntries(candidates.map((c) => [c.id, draftOf(answers.gaps?.candidates[c.id])])),
    rationale: answers.gaps?.rationale ?? '',
  }));
  const { candidates: drafts, rationale } = input;
  const setRationale = (value: string) => setInput((i) => ({ ...i, rationale: value }));
  const form = useAnswerForm();
  const draft = (id: string) => drafts[id] ?? draftOf(undefined);
  const update = (id: string, patch: Partial<GapsDraft>) =>
    setInput((i) => ({ ...i, candidates: { ...i.candidates, [id]: { ...(i.candidates[id] ?? draftOf(undefined)), ...patch } } }));

  const submit = () => {
    const given: Record<string, Omit<CandidateGaps, 'suggested'>> = {};
    const missing: Record<string, string> = {};
    for (const c of candidates) {
      const d = draft(c.id);
      for (const id of gapsOf(c.id)) {
        const rating: RatingDraft | undefined = d.ratings[id];
        const key = `candidates.${c.id}.gaps.${id}`;
        if (!rating?.kind) missing[key] = 'Classify this gap: core, edge case, or not a gap.';
        else if (rating.kind === 'core' && !('breadth' in rating && rating.breadth)) missing[`${key}.breadth`] = 'Say whether this core gap is narrow or broad.';
      }
      const gaps = completeRatings(d.ratings, gapsOf(c.id));
      const suggested = suggestGapVerdict(Object.values(gaps));
      const verdict = d.picked ?? suggested;
      given[c.id] = { gaps, verdict, overrideReason: verdict === suggested ? '' : d.overrideReason };
    }
    form.submit({ node: 'gaps', candidates: given, rationale }, missing);
  };

  return (
    <NodeScreen node="gaps" form={form} rationale={rationale} onRationale={setRationale} onNext={submit}>
      {candidates.map((c) => (
        <GapCard
          key={c.id}
          candidate={c}
          requirements={framing.requirements}
          coverage={answers.requirements?.candidates[c.id]?.coverage ?? {}}
          gaps={gapsOf(c.id)}
          draft={draft(c.id)}
          errors={form.errors}
          onChange={(patch) => update(c.id, patch)}
        />
      ))}
    </NodeScreen>
  );
}

