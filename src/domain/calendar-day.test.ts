import { describe, expect, it } from 'vitest';
import { calendarDay } from './calendar-day';

describe('calendarDay', () => {
  it('gives the local calendar day of a date or an ISO timestamp', () => {
    const noon = new Date(2026, 10, 22, 12, 0);
    expect(calendarDay(noon)).toBe('2026-11-22');
    expect(calendarDay(noon.toISOString())).toBe('2026-11-22');
    expect(calendarDay(new Date(2027, 0, 5))).toBe('2027-01-05');
  });

  it('falls back to the text itself for something that is not a date', () => {
    expect(calendarDay('2026-13-99 garbage')).toBe('2026-13-99');
  });
});
