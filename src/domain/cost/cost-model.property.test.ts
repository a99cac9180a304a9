import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseCosts } from './analysis';
import { breakEvenVolume, totalGap } from './break-even';
import { cumulative } from './money';
import { buildMonthly, buyMonthly } from './scenarios';
import type { CostInputs } from './schemas';
import { CANDIDATE } from './testing/inputs';
import { costInputsArb } from './testing/arbitraries';

// Each run computes a break-even by bisection (~40 × 72 months); a busy CI machine gets room.
const TIMEOUT = 60_000;
const RUNS = { numRuns: 150 };

describe('cost model properties', () => {
  it(
    'never lets a cumulative line go down',
    () => {
      fc.assert(
        fc.property(costInputsArb(), (inputs) => {
          const series = [cumulative(buildMonthly(inputs)), ...inputs.buy.map((b) => cumulative(buyMonthly(inputs, b)))];
          for (const line of series) for (let i = 1; i < line.length; i++) expect(line[i]).toBeGreaterThanOrEqual(line[i - 1] ?? 0);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'states a payback month that agrees with the two series',
    () => {
      fc.assert(
        fc.property(costInputsArb(), (inputs) => {
          const result = analyseCosts(inputs);
          if (!result.ok) return;
          const build = result.value.buildCumulative;
          for (const cost of result.value.candidates) {
            const buy = cost.buyCumulative;
            const firstAtOrBelow = build.findIndex((b, i) => b <= (buy[i] ?? 0));
            switch (cost.payback.kind) {
              case 'from-start':
                expect(build[0]).toBeLessThanOrEqual(buy[0] ?? 0);
                break;
              case 'month':
                expect(firstAtOrBelow).toBe(cost.payback.month - 1);
                expect(build[0]).toBeGreaterThan(buy[0] ?? 0);
                break;
              case 'never':
                expect(build.every((b, i) => b > (buy[i] ?? 0))).toBe(true);
                break;
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'at the break-even volume, leaves the 36-month totals at most one capacity step apart',
    () => {
      // Flat volume and units of at least one request, so one more request of V1 buys at most one more unit a month.
      fc.assert(
        fc.property(costInputsArb({ growth: false }), (inputs: CostInputs) => {
          const buy = inputs.buy[0];
          if (!buy) return;
          const volume = breakEvenVolume(inputs, buy);
          if (volume === null) {
            expect(Math.sign(totalGap(inputs, buy, 0))).toBe(Math.sign(totalGap(inputs, buy, 1e12)));
            return;
          }
          const step = 36 * (inputs.build.capacity?.unitMonthly ?? 0);
          // …plus what one more request a month adds to buying, each month's rounding included.
          const buyStep = 36 * (Math.ceil(buyPerUnit(inputs)) + 1);
          expect(Math.abs(totalGap(inputs, buy, volume))).toBeLessThanOrEqual(step + buyStep);
          expect(buy.candidateId).toBe(CANDIDATE);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

function buyPerUnit(inputs: CostInputs): number {
  const pricing = inputs.buy[0]?.pricing;
  return pricing?.kind === 'per-request' ? pricing.price : 0;
}
