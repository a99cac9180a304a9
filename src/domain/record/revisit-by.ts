import type { Outcome } from '../outcomes';

/**
 * Months until a decision should be looked at again (docs/domain.md#follow-ups): six for Buy and
 * Buy and wrap, whose should-have workarounds were accepted for 6–12 months,
 * twelve otherwise.
 */
export function defaultRevisitMonths(outcome: Outcome | null): number {
  return outcome === 'buy' || outcome === 'buy-and-wrap' ? 6 : 12;
}

/**
 * The revisit-by date (YYYY-MM-DD) for a decision taken on `date`. A day past the
 * end of the target month clamps to its last day (31 Aug + 6 months = 28/29 Feb).
 */
export function defaultRevisitBy(date: string, outcome: Outcome | null): string {
  return addMonths(date, defaultRevisitMonths(outcome));
}

export function addMonths(date: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Due for revisit on or after its revisit-by date (both YYYY-MM-DD, so strings compare). */
export function isDue(revisitBy: string, today: string): boolean {
  return revisitBy <= today;
}
