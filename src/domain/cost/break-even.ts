import { MAX_VOLUME } from './limits';
import { sum } from './money';
import { buildMonthly, buyMonthly } from './scenarios';
import type { BuyScenario, CostInputs } from './schemas';

/** Build's 36-month total minus buy's, for a given starting volume, every other input held. */
export function totalGap(inputs: CostInputs, buy: BuyScenario, start: number): number {
  const at = { ...inputs, volume: { ...inputs.volume, start } };
  return sum(buildMonthly(at)) - sum(buyMonthly(at, buy));
}

/**
 * The starting monthly volume V1 at which the two 36-month totals are equal
 * (docs/domain.md#cost-model), to the nearest whole unit: bisection over [0, 10^12], since
 * capacity units make the build total a step function. Returns the smallest
 * whole volume at which the sign of the gap has flipped, or null when the gap
 * has the same sign at both ends of the range.
 */
export function breakEvenVolume(inputs: CostInputs, buy: BuyScenario): number | null {
  let low = 0;
  let high = MAX_VOLUME;
  const lowGap = totalGap(inputs, buy, low);
  if (lowGap === 0) return 0;
  const highGap = totalGap(inputs, buy, high);
  if (Math.sign(lowGap) === Math.sign(highGap)) return null;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const gap = totalGap(inputs, buy, middle);
    if (gap === 0) return middle;
    if (Math.sign(gap) === Math.sign(lowGap)) low = middle;
    else high = middle;
  }
  return high;
}
