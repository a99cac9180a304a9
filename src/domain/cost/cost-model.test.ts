import { describe, expect, it } from 'vitest';
import { analyseCosts } from './analysis';
import { breakEvenVolume, totalGap } from './break-even';
import { cumulative, roundMinor } from './money';
import { paybackOf, paybackWords } from './payback';
import { buildMonthly, buyMonthly } from './scenarios';
import { sensitivity } from './sensitivity';
import { buildScenario, buyScenario, costInputs } from './testing/inputs';

/*
 * Hand-computed cases. The base case: buying costs 0.2 cents a request on a flat
 * 1,000,000 requests a month = $2,000 a month; building costs $10,000 of hardware
 * up front plus 0.2 × $5,200 = $1,040 a month of maintenance.
 */
const base = () =>
  costInputs({
    buy: [buyScenario({ pricing: { kind: 'per-request', price: 0.2 }, exitCost: 500_000 })],
    build: buildScenario({ hardwareCapex: 1_000_000 }),
  });

const only = <T,>(items: readonly T[]): T => {
  const [first] = items;
  if (first === undefined) throw new Error('expected one item');
  return first;
};

describe('the three-year cost model', () => {
  it('pays back in the month cumulative build first falls to cumulative buy (1,000,000 + 104,000m ≤ 200,000m from m = 11)', () => {
    const result = analyseCosts(base());
    if (!result.ok) throw new Error(result.error);
    const cost = only(result.value.candidates);
    expect(result.value.buildCumulative[9]).toBe(2_040_000);
    expect(cost.buyCumulative[9]).toBe(2_000_000);
    expect(result.value.buildCumulative[10]).toBe(2_144_000);
    expect(cost.buyCumulative[10]).toBe(2_200_000);
    expect(paybackWords(cost.payback)).toBe('Building pays back in month 11');
    expect(cost.totals).toEqual({ buy: 7_200_000, build: 4_744_000 });
    expect(cost.yearly).toEqual({ buy: [2_400_000, 2_400_000, 2_400_000], build: [2_248_000, 1_248_000, 1_248_000] });
    expect(cost.exitCost).toBe(500_000);
  });

  it('finds the break-even starting volume to the whole request, after the monthly rounding', () => {
    // 36 × round(0.2 V) = 4,744,000 at V ≈ 658,888.9; round() makes 658,888 the first volume where buy is dearer.
    const inputs = base();
    const buy = only(inputs.buy);
    expect(breakEvenVolume(inputs, buy)).toBe(658_888);
    expect(totalGap(inputs, buy, 658_887)).toBe(28);
    expect(totalGap(inputs, buy, 658_888)).toBe(-8);
  });

  it('has no break-even volume when building is dearer at every volume', () => {
    const inputs = costInputs({ buy: [buyScenario({ pricing: { kind: 'flat', monthly: 1_000 } })] });
    expect(breakEvenVolume(inputs, only(inputs.buy))).toBeNull();
  });

  it('says when building never pays back, and when it is cheaper from the start', () => {
    const never = analyseCosts(costInputs({ buy: [buyScenario({ pricing: { kind: 'flat', monthly: 100_000 } })] }));
    const start = analyseCosts(costInputs({ buy: [buyScenario({ pricing: { kind: 'flat', monthly: 104_000 } })] }));
    if (!never.ok || !start.ok) throw new Error('expected results');
    expect(paybackWords(only(never.value.candidates).payback)).toBe('Building does not pay back within 36 months');
    expect(paybackWords(only(start.value.candidates).payback)).toBe('Building is cheaper from the start');
  });

  it('grows the volume by g each month: V(m) = V1 × (1 + g)^(m − 1)', () => {
    const inputs = costInputs({ volume: { unit: 'requests', start: 1_000, growth: 0.1 } });
    const monthly = buyMonthly(inputs, buyScenario({ pricing: { kind: 'per-request', price: 100 } }));
    expect(monthly.slice(0, 3)).toEqual([100_000, 110_000, 121_000]);
    // 100,000 × 1.1^35 = 2,810,243.68…
    expect(monthly[35]).toBe(2_810_244);
  });

  it('buys capacity in whole units: ceil(V / capacity) × unit cost, an exact multiple buying no extra unit', () => {
    const capacity = { perUnit: 400, unitMonthly: 10_000 };
    const growing = costInputs({ engineerMonth: 0, volume: { unit: 'requests', start: 1_000, growth: 0.5 }, build: buildScenario({ capacity }) });
    // 1,000 → 3 units, 1,500 → 4, 2,250 → 6, 3,375 → 9
    expect(buildMonthly(growing).slice(0, 4)).toEqual([30_000, 40_000, 60_000, 90_000]);
    const exact = costInputs({ engineerMonth: 0, volume: { unit: 'requests', start: 800, growth: 0 }, build: buildScenario({ capacity }) });
    expect(buildMonthly(exact)[0]).toBe(20_000);
  });

  it('spreads the build effort over D months and starts maintenance in month D + 1', () => {
    // 52 weeks = 12 engineer-months × $1,000 = $12,000 over 4 months; maintenance 0.2 × $1,000 from month 5.
    const spread = buildMonthly(costInputs({ engineerMonth: 100_000, build: buildScenario({ effortWeeks: 52, durationMonths: 4 }) }));
    expect(spread.slice(0, 6)).toEqual([300_000, 300_000, 300_000, 300_000, 20_000, 20_000]);
    const atOnce = buildMonthly(costInputs({ engineerMonth: 100_000, build: buildScenario({ effortWeeks: 52, durationMonths: 0 }) }));
    expect(atOnce.slice(0, 2)).toEqual([1_220_000, 20_000]);
  });

  it('puts integration and ramp-up in month 1 and wrapper upkeep in every month', () => {
    // (2 weeks + 3 operators × 1.5 weeks) × $1,200 a week = $7,800; wrapper 0.25 × $5,200 = $1,300 a month.
    const monthly = buyMonthly(costInputs(), buyScenario({ integrationWeeks: 2, operators: 3, rampUpWeeks: 1.5, wrapperShare: 0.25, monthlyFees: 5_000 }));
    expect(monthly.slice(0, 2)).toEqual([780_000 + 130_000 + 5_000, 135_000]);
  });

  it('prices tokens by the blend of input and output prices, per 1,000', () => {
    const inputs = costInputs({ volume: { unit: 'thousand-tokens', start: 3, growth: 0 } });
    // 3 × (0.5 × 0.25 + 0.5 × 0.75) = 1.5 cents → 2
    expect(buyMonthly(inputs, buyScenario({ pricing: { kind: 'per-1k-tokens', inputPrice: 0.25, outputPrice: 0.75, inputShare: 0.5 } }))[0]).toBe(2);
    expect(buyMonthly(inputs, buyScenario({ pricing: { kind: 'per-seat', seats: 12, seatPrice: 1_900 } }))[0]).toBe(22_800);
  });

  it('rounds half away from zero, once at the end of each month’s sum', () => {
    expect([roundMinor(2.5), roundMinor(-2.5), roundMinor(0.49), roundMinor(1.4999999999999998 + 1)]).toEqual([3, -3, 0, 3]);
    // 0.4 + 0.4 rounded separately would be 0; the month's sum, 0.8, rounds to 1.
    const inputs = costInputs({ engineerMonth: 100, volume: { unit: 'requests', start: 1, growth: 0 } });
    expect(buyMonthly(inputs, buyScenario({ pricing: { kind: 'per-request', price: 0.4 }, wrapperShare: 0.004 }))[0]).toBe(1);
    expect(cumulative([1, 2, 3])).toEqual([1, 3, 6]);
  });

  it('refuses totals too large to count exactly instead of showing them', () => {
    const huge = costInputs({
      volume: { unit: 'requests', start: 1e12, growth: 0.5 },
      buy: [buyScenario({ pricing: { kind: 'per-request', price: 1e8 } })],
    });
    const result = analyseCosts(huge);
    expect(result.ok).toBe(false);
  });

  it('shows how payback and the 36-month saving move with volume, price and engineer cost', () => {
    const inputs = base();
    const rows = sensitivity(inputs, only(inputs.buy));
    const summary = rows.map((r) => [r.label, r.outcome.ok ? [r.outcome.value.payback, r.outcome.value.saving] : r.outcome.error]);
    expect(summary).toEqual([
      // half the volume: buy 100,000 a month never catches 1,000,000 + 104,000 m
      ['Volume ×0.5', [{ kind: 'never' }, 3_600_000 - 4_744_000]],
      // 400,000 m ≥ 1,000,000 + 104,000 m from m = 4 (3.38)
      ['Volume ×2', [{ kind: 'month', month: 4 }, 14_400_000 - 4_744_000]],
      ['Price ×0.5', [{ kind: 'never' }, 3_600_000 - 4_744_000]],
      ['Price ×2', [{ kind: 'month', month: 4 }, 14_400_000 - 4_744_000]],
      // maintenance 78,000 a month: 1,000,000 / 122,000 = 8.2 → month 9
      ['Engineer cost ×0.75', [{ kind: 'month', month: 9 }, 7_200_000 - 3_808_000]],
      // maintenance 156,000 a month: 1,000,000 / 44,000 = 22.7 → month 23
      ['Engineer cost ×1.5', [{ kind: 'month', month: 23 }, 7_200_000 - 6_616_000]],
    ]);
  });

  it('reads payback from the two series alone', () => {
    expect(paybackOf([5, 9], [4, 10])).toEqual({ kind: 'month', month: 2 });
  });
});
