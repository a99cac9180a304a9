import { describe, expect, it } from 'vitest';
import { timeAgo } from './time-ago';

const at = (local: string) => new Date(local);

describe('timeAgo', () => {
  it.each([
    ['2026-11-30T10:00:00', '2026-11-30T10:00:40', 'just now'],
    ['2026-11-30T10:00:00', '2026-11-30T10:01:00', '1 minute ago'],
    ['2026-11-30T10:00:00', '2026-11-30T10:59:00', '59 minutes ago'],
    ['2026-11-30T07:00:00', '2026-11-30T10:00:00', '3 hours ago'],
    ['2026-11-29T23:00:00', '2026-11-30T01:00:00', 'yesterday'],
    ['2026-11-29T08:00:00', '2026-11-30T10:00:00', 'yesterday'],
    ['2026-11-26T08:00:00', '2026-11-30T10:00:00', '4 days ago'],
    ['2026-10-01T08:00:00', '2026-11-30T10:00:00', 'on 2026-10-01'],
    ['2026-11-30T10:05:00', '2026-11-30T10:00:00', 'just now'],
  ])('%s seen at %s reads “%s”', (then, now, words) => {
    expect(timeAgo(at(then).toISOString(), at(now))).toBe(words);
  });

  it('gives back text it cannot read as a moment', () => {
    expect(timeAgo('not a date', at('2026-11-30T10:00:00'))).toBe('not a date');
  });
});
