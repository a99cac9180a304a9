import * as z from 'zod/mini';
import type { CandidateMaturity, MaturityChecks } from '../../../domain/answers';
import type { Candidate } from '../../../domain/framing';
import { suggestMaturity } from '../../../domain/rules';
import type { Session } from '../../../domain/session';
import { keepBefore } from '../../../domain/transition';
import { candidatesAt } from '../../../domain/validate-answer';
import { NodeScreen } from '../node-screen';
import { useAnswerForm } from '../use-answer-form';
import { MaturityCard, MaturityDraftSchema, type MaturityDraft } from './maturity-card';
import { useStepInput } from '../use-step-input';

/** Node 2's form as typed: each candidate's checks and call, and the rationale. */
const MaturityInputSchema = z.object({ candidates: z.record(z.string(), MaturityDraftSchema), rationale: z.string() });

const NO_CHECKS: MaturityChecks = { inProductionTwoYears: false, customersAtOurScale: false, publicSla: false, provenFailureRecord: false };

function draftOf(given: CandidateMaturity | undefined): MaturityDraft {
  if (!given) return { checks: NO_CHECKS, picked: null, overrideReason: '' };
  return { checks: given.checks, picked: given.mature === given.suggested ? null : given.mature, overrideReason: given.overrideReason };
}

/** Node 2: per candidate, the four maturity checks and whether the team judges it mature. */
export function MaturityNode({ session }: { session: Session }) {
  const { framing, answers } = session;
  const candidates: Candidate[] = candidatesAt(framing, keepBefore(answers, 'maturity'), 'maturity');
  const [input, setInput] = useStepInput('maturity', MaturityInputSchema, () => ({
    candidates: Object.fromEntries(candidates.map((c) => [c.id, draftOf(answers.maturity?.candidates[c.id])])),
    rationale: answers.maturity?.rationale ?? '',
  }));
  const { candidates: drafts, rationale } = input;
  const setRationale = (value: string) => setInput((i) => ({ ...i, rationale: value }));
  const form = useAnswerForm();
  const submit = () => {
    const given: Record<string, Omit<CandidateMaturity, 'suggested'>> = {};
    for (const c of candidates) {
      const d = drafts[c.id] ?? draftOf(undefined);
      const suggested = suggestMaturity(d.checks);
      const mature = d.picked ?? suggested;
      given[c.id] = { checks: d.checks, mature, overrideReason: mature === suggested ? '' : d.overrideReason };
    }
    form.submit({ node: 'maturity', candidates: given, rationale });
  };
  return (
    <NodeScreen node="maturity" form={form} rationale={rationale} onRationale={setRationale} onNext={submit}>
      {candidates.length === 0 ? (
        <p className="notice">
          No candidates were listed in the framing, so node 2 is <strong>No</strong>: there is no mature commercial option to weigh.
          Press Next to go on to node 5.
        </p>
      ) : (
        candidates.map((c) => (
          <MaturityCard
            key={c.id}
            candidate={c}
            draft={drafts[c.id] ?? draftOf(undefined)}
            errors={form.errors}
            onChange={(d) => setInput((i) => ({ ...i, candidates: { ...i.candidates, [c.id]: d } }))}
          />
        ))
      )}
    </NodeScreen>
  );
}
