import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordFromJson } from '../export/from-json';
import { typicalRecord } from '../export/testing/typical-record';
import { newDraft, NEW_WORK } from './draft';
import { FORMAT_STEPS, RECORD_FORMAT_VERSION } from './format';
import { DecisionRecordSchema } from './record';
import { restoreDraft, restoreFormat, restoreRecord } from './restore';

const fixtures = new URL('./fixtures/', import.meta.url);
const fixture = (version: number): unknown => JSON.parse(readFileSync(new URL(`format-v${version}.json`, fixtures), 'utf8'));
const older = Array.from({ length: RECORD_FORMAT_VERSION - 1 }, (_, i) => i + 1);

describe('the record format chain', () => {
  it('has one step per version after the first', () => {
    expect(RECORD_FORMAT_VERSION).toBe(FORMAT_STEPS.length + 1);
  });

  it('keeps a fixture written in every older version (add fixtures/format-v{n}.json when you add a step)', () => {
    const names = readdirSync(fixtures).filter((name) => /^format-v\d+\.json$/.test(name));
    expect(names.sort()).toEqual(older.map((v) => `format-v${v}.json`).sort());
  });

  it.each(older)('restores a version %i record to a record of today’s format, from storage and from a JSON file alike', (version) => {
    const raw = fixture(version);
    const restored = restoreRecord(raw);
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    expect(restored.value.formatVersion).toBe(RECORD_FORMAT_VERSION);
    expect(DecisionRecordSchema.safeParse(restored.value).success).toBe(true);
    const imported = recordFromJson(JSON.stringify(raw), `format-v${version}.json`);
    expect(imported).toEqual({ ok: true, value: restored.value });
  });

  it('leaves a record of today’s format as it is', () => {
    const record = typicalRecord();
    expect(restoreRecord(JSON.parse(JSON.stringify(record)))).toEqual({ ok: true, value: record });
  });

  it('refuses a record with no version, a newer version or one that never existed, saying which', () => {
    const { formatVersion: _v, ...none } = typicalRecord();
    expect(restoreFormat(none, 'record')).toMatchObject({ ok: false, error: { path: ['formatVersion'], message: expect.stringMatching(/^No format version/) as unknown } });
    expect(restoreFormat({ ...none, formatVersion: RECORD_FORMAT_VERSION + 1 }, 'record')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/newer Forkpoint/) as unknown } });
    for (const version of [0, 1.5, -1]) expect(restoreFormat({ ...none, formatVersion: version }, 'record')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is not one this Forkpoint can read/) as unknown } });
  });

  it('restores a draft stored before drafts carried a version', () => {
    const record = restoreRecord(fixture(1));
    if (!record.ok) throw new Error('fixture');
    const { formatVersion: _v, ...draft } = newDraft(record.value.revisions[0]!.session, NEW_WORK, '2026-05-02T10:00:00.000Z');
    const { followUps: _f, modelLens: _m, vendorScores: _s, timer: _t, ...oldSession } = draft.session;
    expect(restoreDraft(JSON.parse(JSON.stringify({ ...draft, session: oldSession })))).toEqual({ ...draft, formatVersion: RECORD_FORMAT_VERSION });
  });

  it('brings the session inside a version 1 share link up to today’s format', () => {
    const record = fixture(1) as { revisions: { session: object }[] };
    const session = record.revisions[0]?.session;
    const restored = restoreFormat({ revision: { number: 1, session } }, 'shared');
    if (!restored.ok) throw new Error(restored.error.message);
    const upgraded = restored.value as { formatVersion: number; revision: { session: Record<string, unknown> } };
    expect(upgraded.formatVersion).toBe(RECORD_FORMAT_VERSION);
    expect(upgraded.revision.session).toHaveProperty('vendorScores');
  });

  it('leaves what is not shaped like a record for the schema to refuse, instead of failing on it', () => {
    expect(restoreFormat('not an object', 'record')).toEqual({ ok: true, value: 'not an object' });
    expect(restoreFormat({ formatVersion: 1, revisions: 'none' }, 'record')).toMatchObject({ ok: true, value: { revisions: 'none' } });
    expect(restoreFormat({ formatVersion: 1, revisions: [7, { session: 'x' }] }, 'record')).toMatchObject({ ok: true, value: { revisions: [7, { session: 'x' }] } });
    expect(restoreFormat({ revision: 'x' }, 'shared')).toMatchObject({ ok: true, value: { revision: 'x' } });
    expect(restoreRecord({ formatVersion: RECORD_FORMAT_VERSION + 1 })).toMatchObject({ ok: false, error: [{ path: ['formatVersion'] }] });
    expect(restoreRecord({ formatVersion: RECORD_FORMAT_VERSION }).ok).toBe(false);
    expect(restoreDraft({ formatVersion: RECORD_FORMAT_VERSION + 1 })).toBeNull();
    expect(restoreDraft({ formatVersion: RECORD_FORMAT_VERSION, session: 'x' })).toBeNull();
  });
});
