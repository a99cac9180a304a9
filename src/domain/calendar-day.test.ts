import { describe, expect, it } from 'vitest';
import { calendarDay, dayAndTime } from './calendar-day';

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

describe('dayAndTime', () => {
  it('reads as an English (UK) medium date and short time, in the local time zone', () => {
    const exact = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    for (let month = 0; month < 12; month++) {
      const moment = new Date(2026, month, month * 2 + 1, month * 2, month * 5);
      expect(dayAndTime(moment)).toBe(exact.format(moment));
      expect(dayAndTime(moment.toISOString())).toBe(exact.format(moment));
    }
    expect(dayAndTime(new Date(2026, 10, 30, 9, 5))).toBe('30 Nov 2026, 09:05');
  });

  it('falls back to the text itself for something that is not a date', () => {
    expect(dayAndTime('not a date')).toBe('not a date');
  });
});
