import { describe, expect, it } from 'vitest';
import type { CandidateId } from '../ids';
import { crossoverSentence } from './crossover';
import { TOO_LARGE } from './analysis';
import { scalePrice, sensitivity } from './sensitivity';
import { buildScenario, buyScenario, costInputs } from './testing/inputs';

describe('scalePrice', () => {
  it('scales each pricing model’s own prices and leaves its other figures alone', () => {
    expect(scalePrice({ kind: 'per-request', price: 0.2 }, 2)).toEqual({ kind: 'per-request', price: 0.4 });
    expect(scalePrice({ kind: 'per-1k-tokens', inputPrice: 0.3, outputPrice: 1.5, inputShare: 0.75 }, 0.5)).toEqual({
      kind: 'per-1k-tokens',
      inputPrice: 0.15,
      outputPrice: 0.75,
      inputShare: 0.75,
    });
    // Seat and flat prices are whole minor units: the scaled price is rounded to a cent.
    expect(scalePrice({ kind: 'per-seat', seats: 40, seatPrice: 1_999 }, 0.5)).toEqual({ kind: 'per-seat', seats: 40, seatPrice: 1_000 });
    expect(scalePrice({ kind: 'flat', monthly: 100_001 }, 0.5)).toEqual({ kind: 'flat', monthly: 50_001 });
  });
});

describe('sensitivity', () => {
  it('doubles a flat subscription’s saving when its price doubles, and volume does not move a flat price', () => {
    const inputs = costInputs({ engineerMonth: 0, buy: [buyScenario({ pricing: { kind: 'flat', monthly: 100_000 } })], build: buildScenario() });
    const [buy] = inputs.buy;
    if (!buy) throw new Error('expected a candidate');
    const saving = Object.fromEntries(sensitivity(inputs, buy).map((r) => [r.label, r.outcome.ok ? r.outcome.value.saving : r.outcome.error]));
    expect(saving).toMatchObject({ 'Volume ×0.5': 3_600_000, 'Volume ×2': 3_600_000, 'Price ×0.5': 1_800_000, 'Price ×2': 7_200_000 });
  });

  it('says the figures are too large to count instead of giving an inexact saving', () => {
    const inputs = costInputs({ volume: { unit: 'requests', start: 1e12, growth: 0.5 }, buy: [buyScenario({ pricing: { kind: 'per-request', price: 1e6 } })] });
    const [buy] = inputs.buy;
    if (!buy) throw new Error('expected a candidate');
    const doubled = sensitivity(inputs, buy).find((r) => r.label === 'Volume ×2');
    expect(doubled?.outcome).toEqual({ ok: false, error: TOO_LARGE });
  });
});

describe('crossoverSentence', () => {
  it('is null with no candidate bought, or when the figures are too large to count', () => {
    expect(crossoverSentence(costInputs({ buy: [] }))).toBeNull();
    expect(crossoverSentence(costInputs({ volume: { unit: 'requests', start: 1e12, growth: 0.5 }, buy: [buyScenario({ pricing: { kind: 'per-request', price: 1e6 } })] }))).toBeNull();
  });

  it('compares against the cheapest candidate and says when no volume makes the two cost the same', () => {
    const inputs = costInputs({
      buy: [
        buyScenario({ candidateId: 'cand_dear' as CandidateId, pricing: { kind: 'flat', monthly: 900_000 } }),
        buyScenario({ pricing: { kind: 'flat', monthly: 1 } }),
      ],
      build: buildScenario({ hardwareCapex: 1_000_000 }),
    });
    const sentence = crossoverSentence(inputs);
    expect(sentence).toMatch(/^From your three-year cost figures: building does not pay back within 36 months against the cheapest option bought/);
    expect(sentence).toContain('no starting volume up to a trillion a month makes owning and buying cost the same');
  });
});
