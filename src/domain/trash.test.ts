import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_FORMAT_VERSION } from './record/format';
import { buySession, recordOf } from './testing/records';
import { daysLeft, isExpired, purgeAfter, trashEntry, TrashEntrySchema } from './trash';

describe('the Trash keeps a deleted record 30 days', () => {
  const entry = trashEntry(recordOf(buySession()), '2026-11-01T10:00:00.000Z', { kind: 'browser' });

  it('may purge it 30 days after deletion, not a moment before', () => {
    expect(purgeAfter(entry)).toBe('2026-12-01T10:00:00.000Z');
    expect(isExpired(entry, '2026-12-01T09:59:59.999Z')).toBe(false);
    expect(isExpired(entry, '2026-12-01T10:00:00.000Z')).toBe(true);
  });

  it('counts the days left in whole days', () => {
    expect(daysLeft(entry, '2026-11-01T10:00:00.000Z')).toBe(30);
    expect(daysLeft(entry, '2026-11-30T12:00:00.000Z')).toBe(1);
    expect(daysLeft(entry, '2027-01-01T00:00:00.000Z')).toBe(0);
  });

  it('parses what it writes, folder origin included', () => {
    const fromFolder = trashEntry(entry.record, entry.deletedAt, { kind: 'folder', folder: 'decisions', path: 'a/0001-x.md', text: '# X' });
    expect(TrashEntrySchema.parse(fromFolder)).toEqual(fromFolder);
    expect(TrashEntrySchema.safeParse({ ...fromFolder, origin: { kind: 'folder', path: 'x' } }).success).toBe(false);
  });
});

describe('a Trash entry kept from an older record format', () => {
  it('lists with its record brought up to today’s format', () => {
    const v4 = JSON.parse(readFileSync(new URL('./record/fixtures/format-v4.json', import.meta.url), 'utf8')) as { id: string };
    const parsed = TrashEntrySchema.safeParse({ record: v4, deletedAt: '2026-11-01T10:00:00.000Z', origin: { kind: 'browser' } });
    expect(parsed.success && parsed.data.record).toMatchObject({ id: v4.id, formatVersion: RECORD_FORMAT_VERSION, outsideEdits: [] });
  });
});
