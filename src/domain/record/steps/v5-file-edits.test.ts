import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeAdr } from '../../adr/write-adr';
import { restoreRecord } from '../restore';
import { fileEditsRecord } from './v5-file-edits';

const v4 = JSON.parse(readFileSync(new URL('../fixtures/format-v4.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('format step v5: edits made in the file', () => {
  it('restores a v4 record with nothing set from a file, and writes the same metadata as before', () => {
    const restored = restoreRecord(v4);
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    const record = restored.value;
    expect(record).toMatchObject({ date: null, decisionMakers: null, consulted: [], informed: [], fileEdits: [], outsideEdits: [], tags: ['search', 'platform'] });
    const head = writeAdr(record, 'madr', { metadataOnly: true });
    // The date is the last update's day and the decision-makers come from the session, as v4 wrote them.
    expect(head).toContain(`date: ${String(v4.updatedAt).slice(0, 10)}`);
    expect(head).toMatch(/decision-makers:\n {2}- /);
    expect(head).not.toMatch(/consulted|informed/);
  });

  it('leaves the other fields as they were', () => {
    expect(fileEditsRecord({ id: 7, tags: 'x' })).toEqual({ id: 7, tags: 'x', date: null, decisionMakers: null, consulted: [], informed: [], fileEdits: [], outsideEdits: [] });
  });
});
