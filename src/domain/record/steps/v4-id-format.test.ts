import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, repairId } from '../../ids';
import { newDraft, NEW_WORK } from '../draft';
import { currentRevision } from '../record';
import { restoreDraft, restoreRecord } from '../restore';
import { idFormatRecord } from './v4-id-format';

const v3 = JSON.parse(readFileSync(new URL('../fixtures/format-v3.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('repairId', () => {
  it('leaves a valid id as it is and gives any other text a valid id, the same every time', () => {
    expect(repairId('cand_0b6f3a52-8c1e-4f7a-9d3e-2a41c5b7e901')).toBe('cand_0b6f3a52-8c1e-4f7a-9d3e-2a41c5b7e901');
    expect(repairId('Acme Vectors (EU plan)')).toMatch(/^Acme-Vectors-EU-plan-[a-z0-9]+$/);
    expect(repairId('`')).toMatch(/^id-[a-z0-9]+$/);
    expect(repairId('x'.repeat(65))).toMatch(ID_PATTERN);
  });

  it('gives valid, distinct ids for distinct texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.string({ maxLength: 100 }), (a, b) => {
        expect(repairId(a)).toMatch(ID_PATTERN);
        if (a !== b) expect(repairId(a)).not.toBe(repairId(b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('format step v4: ids have a format', () => {
  it('restores a v3 record with ids outside the format, every reference repaired alike', () => {
    const restored = restoreRecord(v3);
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    const record = restored.value;
    expect(record.id).toBe(repairId('rec `search` 2026/Q3'));
    expect(record.supersedes).toBe(repairId('rec_search\n\n<b>old</b>'));
    const { session } = currentRevision(record);
    const acme = repairId('Acme Vectors (EU plan)');
    expect(session.id).toBe(repairId('session 2026/06 ✓'));
    expect(session.framing.candidates[0]?.id).toBe(acme);
    expect(Object.keys(session.answers.maturity?.candidates ?? {})).toContain(acme);
    const fit = Object.entries(session.answers.requirements?.candidates ?? {}).find(([id]) => id === acme)?.[1];
    expect(Object.keys(fit?.coverage ?? {})).toEqual(expect.arrayContaining([repairId('hybrid search: vector + keyword'), repairId('p99 < 80 ms')]));
    // Names are text, not ids: untouched.
    expect(session.framing.candidates[0]?.name).toBe('Acme Vectors');
  });

  it('repairs a draft’s record and session ids to the same ids as the record’s', () => {
    const record = restoreRecord(v3);
    if (!record.ok) throw new Error('fixture');
    const oldSession = (v3.revisions as { session: Record<string, unknown> }[])[0]?.session;
    const draft = { ...newDraft(currentRevision(record.value).session, { ...NEW_WORK, recordId: record.value.id }, '2026-07-01T10:00:00.000Z'), formatVersion: 3, session: oldSession, context: { ...NEW_WORK, recordId: v3.id, supersedes: 'older `one`' } };
    const restored = restoreDraft(JSON.parse(JSON.stringify(draft)));
    expect(restored?.context).toEqual({ ...NEW_WORK, recordId: record.value.id, supersedes: repairId('older `one`') });
    expect(restored?.session).toEqual(record.value.revisions[0]?.session);
  });

  it('leaves missing or malformed fields for the schema to refuse', () => {
    expect(idFormatRecord({ id: 7, supersedes: null })).toEqual({ id: 7, supersedes: null, supersededBy: undefined });
    expect(restoreDraft({ formatVersion: 3, session: 'x', context: 'y' })).toBeNull();
  });
});
