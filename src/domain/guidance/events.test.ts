import { describe, expect, it } from 'vitest';
import type { CandidateId, RequirementId } from '../ids';
import { SessionSchema } from '../session';
import { cid, framed, framing, play, rid } from '../testing/sessions';
import { readAsV1 } from '../testing/records';
import { transition } from '../transition';
import { reach, REQUIREMENTS } from './testing/outcome-sessions';
import { emptyFollowUps, type ModelLens } from './schemas';
import { elapsedMs, isPaused } from './timebox';
import { buyScenario, costInputs } from '../cost/testing/inputs';

const LENS: ModelLens = {
  onPremData: true,
  uniqueData: false,
  inferenceTopCost: false,
  modelIsDifferentiator: false,
  requestsPerMonth: null,
  costPerRequest: null,
};

describe('guidance events through transition', () => {
  it('keeps valid follow-ups and rejects invalid ones with field errors', () => {
    const session = reach('buy');
    const followUps = { ...emptyFollowUps(), operators: 2, unstableRequirements: [rid(1)] };
    const ok = transition(session, { type: 'follow-ups.edited', followUps });
    expect(ok.ok && ok.value.followUps).toEqual(followUps);
    expect(ok.ok && ok.value.step).toBe('outcome');

    const negative = transition(session, { type: 'follow-ups.edited', followUps: { ...followUps, integrationWeeks: -1 } });
    expect(negative.ok).toBe(false);
    expect(!negative.ok && negative.error.errors.integrationWeeks).toBe('Weeks cannot be negative');

    const unknown = transition(session, { type: 'follow-ups.edited', followUps: { ...followUps, unstableRequirements: ['req_99' as RequirementId] } });
    expect(!unknown.ok && unknown.error.reason).toBe('invalid-answer');
  });

  it('records the model-layer answers only for a model or inference service', () => {
    expect(transition(framed(), { type: 'lens.answered', lens: LENS }).ok).toBe(false);
    const model = play(framed(), { type: 'step.goto', step: 'framing' }, { type: 'framing.submitted', framing: { ...framing(), componentKind: 'model' } });
    const answered = transition(model, { type: 'lens.answered', lens: LENS });
    expect(answered.ok && answered.value.modelLens).toEqual(LENS);
    const bad = transition(model, { type: 'lens.answered', lens: { ...LENS, requestsPerMonth: -5 } });
    expect(!bad.ok && bad.error.errors.requestsPerMonth).toBe('Requests cannot be negative');
  });

  it('keeps scores per candidate, from 1 to 5, for candidates in the framing only', () => {
    const session = reach('buy');
    const scored = play(session, { type: 'vendor.scored', candidateId: cid(0), scores: { features: { score: 4, note: 'Hybrid search works' } } });
    expect(scored.vendorScores?.[cid(0)]?.features).toEqual({ score: 4, note: 'Hybrid search works' });
    expect(transition(session, { type: 'vendor.scored', candidateId: cid(0), scores: { support: { score: 6, note: '' } } }).ok).toBe(false);
    expect(transition(session, { type: 'vendor.scored', candidateId: 'cand_9' as CandidateId, scores: {} }).ok).toBe(false);
  });

  it('starts the timer on the first visit, then pauses and resumes it', () => {
    const t0 = Date.parse('2026-11-22T09:00:00Z');
    const session = framed();
    expect(transition(session, { type: 'timer.changed', change: { kind: 'pause' }, at: t0 }).ok).toBe(false);
    const started = play(session, { type: 'timer.changed', change: { kind: 'visit', step: 'differentiator' }, at: t0 });
    const paused = play(started, { type: 'timer.changed', change: { kind: 'pause' }, at: t0 + 60_000 });
    expect(paused.timer && isPaused(paused.timer)).toBe(true);
    const resumed = play(paused, { type: 'timer.changed', change: { kind: 'resume' }, at: t0 + 120_000 });
    expect(resumed.timer && elapsedMs(resumed.timer, t0 + 180_000)).toBe(120_000);
    const moved = play(resumed, { type: 'timer.changed', change: { kind: 'visit', step: 'maturity' }, at: t0 + 200_000 });
    expect(moved.timer?.visits.map((v) => v.step)).toEqual(['differentiator', 'maturity']);
  });

  it('keeps cost figures for the framing’s candidates, clears them on request, and names a figure it cannot take', () => {
    const session = reach('buy');
    const candidateId = session.framing.candidates[0]?.id ?? cid(1);
    const costs = costInputs({ buy: [buyScenario({ candidateId })] });
    const priced = transition(session, { type: 'costs.edited', costs });
    expect(priced.ok && priced.value.costs).toEqual(costs);
    const cleared = priced.ok ? transition(priced.value, { type: 'costs.edited', costs: null }) : priced;
    expect(cleared.ok && cleared.value.costs).toBeNull();

    const stranger = transition(session, { type: 'costs.edited', costs: costInputs({ buy: [buyScenario({ candidateId: 'cand_99' as CandidateId })] }) });
    expect(!stranger.ok && stranger.error.reason).toBe('not-an-option');
    const negative = transition(session, { type: 'costs.edited', costs: { ...costs, engineerMonth: -1 } });
    expect(!negative.ok && Object.keys(negative.error.errors)).toContain('engineerMonth');
  });

  it('refuses to pause or resume a timer that has not started', () => {
    const session = framed();
    for (const kind of ['pause', 'resume'] as const) {
      const result = transition({ ...session, timer: null }, { type: 'timer.changed', change: { kind }, at: 1_000 });
      expect(!result.ok && result.error.reason).toBe('not-reachable');
    }
  });

  it('keeps guidance data when the tree moves on', () => {
    const session = play(framed({ candidates: ['Acme'], requirements: REQUIREMENTS }), {
      type: 'follow-ups.edited',
      followUps: { ...emptyFollowUps(), triggers: ['The bill doubles'] },
    });
    const next = play(session, { type: 'answer.given', answer: { node: 'differentiator', answer: 'no', rationale: '' } });
    expect(next.followUps?.triggers).toEqual(['The bill doubles']);
  });
});

it('parses a session stored before the guidance fields existed', () => {
  const { followUps: _f, modelLens: _m, vendorScores: _v, timer: _t, ...old } = reach('buy');
  const parsed = SessionSchema.safeParse(readAsV1(old));
  expect(parsed.success).toBe(true);
});
