import { describe, expect, it } from 'vitest';
import { typicalRecord } from '../export/testing/typical-record';
import { historyOf } from './history';

describe('historyOf', () => {
  it('lists status changes and the edits made in the file by date, each saying where it came from', () => {
    const record = typicalRecord();
    const lines = historyOf({
      ...record,
      statusHistory: [...record.statusHistory, { status: 'accepted', at: '2026-12-03T09:00:00.000Z', note: 'from the file' }],
      fileEdits: [
        { kind: 'people', at: '2026-12-03T09:00:00.000Z', role: 'decision-makers', names: ['Ada Lovelace', 'Barbara Liskov'] },
        { kind: 'date', at: '2026-12-01T09:00:00.000Z', date: '2026-12-01' },
        { kind: 'tags', at: '2026-12-04T09:00:00.000Z', tags: [] },
        { kind: 'people', at: '2026-12-04T09:00:00.000Z', role: 'informed', names: ['Support'] },
        { kind: 'text', at: '2026-12-05T09:00:00.000Z', revision: 1 },
      ],
    });
    expect(lines.slice(-6)).toEqual([
      { at: '2026-12-01T09:00:00.000Z', text: 'Date 2026-12-01 (from the file)' },
      { at: '2026-12-03T09:00:00.000Z', text: 'Accepted: from the file' },
      { at: '2026-12-03T09:00:00.000Z', text: 'Decision-makers: Ada Lovelace, Barbara Liskov (from the file)' },
      { at: '2026-12-04T09:00:00.000Z', text: 'Tags: none (from the file)' },
      { at: '2026-12-04T09:00:00.000Z', text: 'Informed: Support (from the file)' },
      { at: '2026-12-05T09:00:00.000Z', text: 'Text of revision 1 edited outside Forkpoint (from the file)' },
    ]);
    expect(lines[0]).toEqual({ at: record.statusHistory[0]?.at, text: 'Draft' });
  });
});
