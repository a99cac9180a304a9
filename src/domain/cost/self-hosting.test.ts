import { describe, expect, it } from 'vitest';
import { EXAMPLE_FIGURES, exampleFigure } from './examples';
import { apiCostPerMillion, parseSelfHostingFigures, SECONDS_PER_MONTH, selfHosting } from './self-hosting';

describe('self-hosting helper', () => {
  it('turns tokens a second and utilisation into units and a cost per million tokens', () => {
    // 1,000 tokens/s × 50% × 2,629,800 s = 1,314,900,000 tokens = 1,314,900 thousand a GPU.
    expect(SECONDS_PER_MONTH).toBe(2_629_800);
    const hosting = selfHosting({ tokensPerSecond: 1_000, utilisation: 0.5, gpuMonthly: 1_314_900, thousandTokensPerMonth: 3_000_000 });
    expect(hosting).toEqual({ perUnit: 1_314_900, unitsNeeded: 3, costPerMillion: 1_000 });
    // An API at $0.002 per 1,000 tokens (0.2 cents) costs $2 a million: ten times cheaper than that GPU at this load.
    expect(apiCostPerMillion(0.2)).toBe(200);
  });

  it('has no answer for a GPU that does no work', () => {
    expect(selfHosting({ tokensPerSecond: 0, utilisation: 0.7, gpuMonthly: 1, thousandTokensPerMonth: 1 })).toBeNull();
  });

  it('never hands the screen an Infinity: a GPU too dear for its output, or too slow to carry a thousand tokens a month, has no answer', () => {
    expect(selfHosting({ tokensPerSecond: 1e-300, utilisation: 0.7, gpuMonthly: 1e12, thousandTokensPerMonth: 1 })).toBeNull();
    expect(selfHosting({ tokensPerSecond: 1e-4, utilisation: 0.7, gpuMonthly: 100, thousandTokensPerMonth: 1 })).toBeNull();
  });

  it('gives each bad figure its own message: empty, not a number, negative, absurd', () => {
    expect(parseSelfHostingFigures({ tokensPerSecond: undefined, utilisation: 0.7, gpuMonthly: 100 })).toEqual({ ok: false, error: { tokensPerSecond: 'Enter the tokens a second' } });
    expect(parseSelfHostingFigures({ tokensPerSecond: Number.NaN, utilisation: 1.5, gpuMonthly: -1 })).toEqual({
      ok: false,
      error: { tokensPerSecond: 'The tokens a second must be a number', utilisation: 'Utilisation is at most 100%', gpuMonthly: 'The cost of one GPU a month cannot be negative' },
    });
    expect(parseSelfHostingFigures({ tokensPerSecond: 1e15, utilisation: 0, gpuMonthly: 1e17 })).toEqual({
      ok: false,
      error: { tokensPerSecond: 'Over ten million tokens a second per GPU: a typo?', utilisation: 'Utilisation must be above 0%', gpuMonthly: 'The cost of one GPU a month is too large' },
    });
    expect(parseSelfHostingFigures({ tokensPerSecond: 1_000, utilisation: 0.7, gpuMonthly: 219_150 })).toEqual({ ok: true, value: { tokensPerSecond: 1_000, utilisation: 0.7, gpuMonthly: 219_150 } });
  });

  it('offers the public figures as examples, each with its range', () => {
    expect(exampleFigure('engineer')).toBe(2_600_000);
    expect(exampleFigure('gpu-rent')).toBe(219_150);
    expect(EXAMPLE_FIGURES.every((f) => f.range.length > 0)).toBe(true);
  });
});
