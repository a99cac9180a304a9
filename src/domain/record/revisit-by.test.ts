import { describe, expect, it } from 'vitest';
import { addMonths, defaultRevisitBy, isDue } from './revisit-by';

describe('defaultRevisitBy', () => {
  it.each([
    ['buy', '2026-11-22', '2027-05-22'],
    ['buy-and-wrap', '2026-01-15', '2026-07-15'],
    ['build', '2026-11-22', '2027-11-22'],
    ['secure-capacity-first', '2026-03-01', '2027-03-01'],
    [null, '2026-03-01', '2027-03-01'],
  ] as const)('%s decided %s → revisit by %s', (outcome, date, expected) => {
    expect(defaultRevisitBy(date, outcome)).toBe(expected);
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('is due on the day itself', () => {
    expect(isDue('2026-05-01', '2026-05-01')).toBe(true);
    expect(isDue('2026-05-02', '2026-05-01')).toBe(false);
  });
});
