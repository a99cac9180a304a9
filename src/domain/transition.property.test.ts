import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COVERAGE, FIT_VERDICTS, GAP_VERDICTS, type AnswerInput, type GapRating, type NodeId } from './answers';
import { decide } from './decision';
import { BUCKETS, PROFILES, type Framing } from './framing';
import { LAYERS } from './portfolio/layers';
import { NODE_IDS } from './answers';
import { SessionSchema, newSession, type Session } from './session';
import { keepBefore, transition, type SessionEvent } from './transition';
import { assessFit } from './rules';
import { candidatesAt } from './validate-answer';
import { cid, rid } from './testing/sessions';

const framingArb: fc.Arbitrary<Framing> = fc.record({
  componentName: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
  description: fc.string(),
  componentKind: fc.constantFrom('infrastructure' as const, 'model' as const),
  layer: fc.constantFrom(...LAYERS),
  capacity: fc.record({
    engineers: fc.nat(60),
    systemsMaintained: fc.nat(20),
    spareEngineers: fc.double({ min: 0, max: 3, noNaN: true }),
  }),
  profile: fc.constantFrom(...PROFILES),
  candidates: fc.array(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), { maxLength: 3 }).map((names) =>
    names.map((name, i) => ({ id: cid(i), name, vendor: '', notes: '' })),
  ),
  requirements: fc.array(fc.constantFrom(...BUCKETS), { maxLength: 5 }).map((buckets) =>
    buckets.map((bucket, i) => ({ id: rid(i), name: `Requirement ${i}`, bucket })),
  ),
  participants: fc.array(fc.string(), { maxLength: 3 }),
  facilitator: fc.string(),
  date: fc.constant('2026-11-22'),
});

/** Draws choices from a list of random integers, so fast-check can shrink a failing run. */
function chooser(choices: readonly number[]) {
  let i = 0;
  return <T,>(options: readonly T[]): T => options[(choices[i++ % Math.max(choices.length, 1)] ?? 0) % options.length] as T;
}

/** A valid answer for the node the session is at, with every free text filled in. */
function answerFor(session: Session, node: NodeId, pick: ReturnType<typeof chooser>): AnswerInput {
  const { framing, answers } = session;
  const here = candidatesAt(framing, keepBefore(answers, node), node);
  const reason = 'Because the team said so.';
  switch (node) {
    case 'differentiator':
      return { node, answer: pick(['yes', 'no'] as const), rationale: reason };
    case 'maturity':
      return {
        node,
        rationale: '',
        candidates: Object.fromEntries(
          here.map((c) => {
            const flag = () => pick([true, false]);
            return [c.id, { checks: { inProductionTwoYears: flag(), customersAtOurScale: flag(), publicSla: flag(), provenFailureRecord: flag() }, mature: pick([true, false]), overrideReason: reason }];
          }),
        ),
      };
    case 'requirements':
      return {
        node,
        rationale: '',
        candidates: Object.fromEntries(
          here.map((c) => [c.id, { coverage: Object.fromEntries(framing.requirements.map((r) => [r.id, pick(COVERAGE)])), verdict: pick(FIT_VERDICTS), overrideReason: reason }]),
        ),
      };
    case 'gaps':
      return {
        node,
        rationale: '',
        candidates: Object.fromEntries(
          here.map((c) => {
            const coverage = answers.requirements?.candidates[c.id]?.coverage ?? {};
            const ratings = assessFit(framing.requirements, coverage).gaps.map((id): [string, GapRating] => {
              const kind = pick(['core', 'edge', 'not-a-gap'] as const);
              return [id, kind === 'core' ? { kind, breadth: pick(['narrow', 'broad'] as const) } : { kind }];
            });
            return [c.id, { gaps: Object.fromEntries(ratings), verdict: pick(GAP_VERDICTS), overrideReason: reason }];
          }),
        ),
      };
    case 'maintenance':
      return { node, answer: pick(['yes', 'no'] as const), overrideReason: reason, rationale: '' };
    default:
      throw new Error(`no answer for ${String(node)}`);
  }
}

function nextEvent(session: Session, pick: ReturnType<typeof chooser>, wander: boolean): SessionEvent {
  const { step } = session;
  if (wander && pick([true, false, false])) {
    return pick<SessionEvent>([{ type: 'step.back' }, { type: 'step.goto', step: pick([...NODE_IDS, 'outcome' as const]) }]);
  }
  if (step === 'framing') return { type: 'framing.submitted', framing: session.framing };
  if (step === 'outcome') return { type: 'step.goto', step: pick(NODE_IDS) };
  return { type: 'answer.given', answer: answerFor(session, step, pick) };
}

describe('any sequence of valid events', () => {
  // Slow by nature: 300 random walks of up to 42 events (~0.5 s alone, ~12 s under coverage with every core busy).
  it('reaches exactly one outcome per candidate within five nodes, through states the schema accepts', () => {
    fc.assert(
      fc.property(framingArb, fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), fc.nat(30), (framing, choices, wanderSteps) => {
        const pick = chooser(choices);
        let session: Session = { ...newSession('2026-11-22'), framing };
        // Wander (answers, back, jumps, rejected events) for a while, then walk forward to the end.
        for (let i = 0; i < wanderSteps + 12 && !(i >= wanderSteps && session.step === 'outcome'); i++) {
          const result = transition(session, nextEvent(session, pick, i < wanderSteps));
          if (result.ok) session = result.value;
          expect(SessionSchema.safeParse(session).success).toBe(true);
        }
        expect(session.step).toBe('outcome');
        const decision = decide(session);
        expect(decision.walk.pending).toBeNull();
        expect(decision.walk.route.length).toBeLessThanOrEqual(5);
        expect(decision.outcome).not.toBeNull();
        for (const route of decision.walk.candidates) {
          // A candidate is evaluated unless node 1 sent the decision straight to node 5.
          if (session.answers.differentiator?.answer === 'no') expect(route.outcome).not.toBeNull();
          expect(route.nodes.length).toBeLessThanOrEqual(4);
        }
        if (decision.walk.inHouse) expect(decision.walk.inHouse.outcome).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
