import { describe, expect, it } from 'vitest';
import { framed, framing, play } from '../testing/sessions';
import { newSession } from '../session';
import { readAsV1 } from '../testing/records';
import type { SessionId } from '../ids';
import { crossoverSentence } from '../cost/crossover';
import { buildScenario, buyScenario, costInputs } from '../cost/testing/inputs';
import { economicsReason, lensApplies, lensPending, recommendLens, type LensRecommendation } from './model-lens';
import type { ModelLens } from './schemas';

const lens = (onPremData: boolean, uniqueData: boolean, inferenceTopCost: boolean, modelIsDifferentiator: boolean): ModelLens => ({
  onPremData,
  uniqueData,
  inferenceTopCost,
  modelIsDifferentiator,
  requestsPerMonth: null,
  costPerRequest: null,
});

const T = true;
const F = false;

describe('the model-layer recommendation over all sixteen answers', () => {
  // on-prem, unique data, top cost, model is the differentiator → recommendation
  it.each<[boolean, boolean, boolean, boolean, LensRecommendation]>([
    [F, F, F, F, 'buy-api'],
    [F, F, F, T, 'buy-api'],
    [F, F, T, F, 'model-economics'],
    [F, F, T, T, 'model-economics'],
    [F, T, F, F, 'fine-tune'],
    [F, T, F, T, 'fine-tune'],
    [F, T, T, F, 'fine-tune'],
    [F, T, T, T, 'fine-tune'],
    [T, F, F, F, 'self-host'],
    [T, F, F, T, 'self-host'],
    [T, F, T, F, 'self-host'],
    [T, F, T, T, 'self-host'],
    [T, T, F, F, 'self-host'],
    [T, T, F, T, 'self-host'],
    [T, T, T, F, 'self-host'],
    [T, T, T, T, 'self-host'],
  ])('on-prem %s, unique data %s, top cost %s, differentiator %s → %s', (onPrem, unique, cost, diff, expected) => {
    const advice = recommendLens(lens(onPrem, unique, cost, diff));
    expect(advice.recommendation).toBe(expected);
    // Every "yes" that matters leaves its reason, so the record says why.
    expect(advice.reasons.some((r) => r.includes('premises'))).toBe(onPrem);
    expect(advice.reasons.some((r) => r.includes('training data others cannot get'))).toBe(unique);
    expect(advice.reasons.some((r) => r.includes('largest operating cost'))).toBe(cost);
    expect(advice.reasons.some((r) => r.includes('not what sets you apart'))).toBe(!diff);
    expect(advice.reasons.some((r) => r.includes('gives you nothing a competitor cannot buy'))).toBe(diff && !unique && !onPrem);
  });
});

describe('the inference economics', () => {
  it.each<[number | null, number | null, string]>([
    [null, null, 'usually above 50M'],
    [10_000_000, 0.01, 'below the usual crossover'],
    [49_999_999, 0.01, 'below the usual crossover'],
    [50_000_000, 0.01, 'past the usual crossover'],
    [100_000_000, 0.001, 'past the usual crossover'],
    [100_000_000, null, 'past the usual crossover'],
    [100_000_000, 0.002, 'can pay back within about 18 months'],
    [250_000_000, 0.005, 'can pay back within about 18 months'],
  ])('%s requests a month at $%s → %s', (requestsPerMonth, costPerRequest, expected) => {
    expect(economicsReason({ requestsPerMonth, costPerRequest })).toContain(expected);
  });
});

describe('when the lens applies', () => {
  it('applies only to a model or inference service, and is pending until answered', () => {
    const infra = framed();
    const model = play(newSession('2026-11-22', 's' as SessionId), { type: 'framing.submitted', framing: { ...framing(), componentKind: 'model' } });
    expect(lensApplies(infra)).toBe(false);
    expect(lensPending(infra)).toBe(false);
    expect(lensApplies(model)).toBe(true);
    expect(lensPending(model)).toBe(true);
    const answered = play(model, { type: 'lens.answered', lens: lens(T, F, F, F) });
    expect(lensPending(answered)).toBe(false);
    expect(lensPending(readAsV1({ ...model, modelLens: undefined }))).toBe(true);
  });

  it('computes the crossover from the team’s cost figures once they exist, instead of the rule of thumb', () => {
    const costs = costInputs({
      buy: [buyScenario({ pricing: { kind: 'per-request', price: 0.2 } })],
      build: buildScenario({ hardwareCapex: 1_000_000 }),
    });
    const reason = economicsReason({ requestsPerMonth: 1_000_000, costPerRequest: 0.002 }, crossoverSentence(costs));
    expect(reason).toContain('building pays back in month 11');
    expect(reason).toContain('at a starting volume of 658,888 requests a month');
    expect(reason).not.toContain('18 months');
  });
});
