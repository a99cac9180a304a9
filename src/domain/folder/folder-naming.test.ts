import { describe, expect, it } from 'vitest';
import { highestNumberIn, newFileName } from './folder-naming';

describe('newFileName', () => {
  it('numbers after the highest number present, in MADR’s four digits', () => {
    expect(newFileName(['0001-a.md', '0007-b.md', '0003-c.md'], 'Vector store: “fast” & cheap', '2026-11-29', 0)).toEqual({
      name: '0008-vector-store-fast-cheap.md',
      number: 8,
    });
  });

  it('never reuses the number of a file deleted since (the highest ever known wins)', () => {
    expect(newFileName(['0001-a.md', '0002-b.md'], 'Next', '2026-11-29', 5).name).toBe('0006-next.md');
  });

  it('starts at 0001 in an empty folder', () => {
    expect(newFileName([], 'First', '2026-11-29', 0).name).toBe('0001-first.md');
  });

  it('follows a log4brains folder’s dated names, with a suffix when the day’s name is taken', () => {
    const names = ['20260301-a.md', '20260402-b.md', '20261129-gateway.md'];
    expect(newFileName(names, 'Gateway', '2026-11-29', 0).name).toBe('20261129-gateway-2.md');
    expect(newFileName(names, 'Cache', '2026-11-29', 0).name).toBe('20261129-cache.md');
  });

  it('does not read a date as a sequence number', () => {
    expect(highestNumberIn(['20260301-a.md', '0004-b.md'])).toBe(4);
    expect(newFileName(['0001-a.md', '0002-b.md', '20260301-c.md'], 'Next', '2026-11-29', 0).name).toBe('0003-next.md');
  });
});
