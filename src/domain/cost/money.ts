/** A week as a share of a month (docs/domain.md#cost-model): 52 weeks make 12 months. */
export const MONTHS_PER_WEEK = 12 / 52;

/**
 * Rounds a month's sum to whole minor units, half away from zero. Only the end
 * of each month's sum is rounded, never the terms inside it.
 */
export function roundMinor(value: number): number {
  // The tiny nudge keeps 0.5 that floating point stored as 0.49999999999999994 rounding up.
  const magnitude = Math.floor(Math.abs(value) + 0.5 + Math.abs(value) * Number.EPSILON);
  return magnitude === 0 ? 0 : Math.sign(value) * magnitude;
}

/** Running totals of the monthly amounts. */
export function cumulative(monthly: readonly number[]): number[] {
  let total = 0;
  return monthly.map((amount) => (total += amount));
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
