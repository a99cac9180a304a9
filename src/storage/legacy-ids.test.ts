import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { repairId } from '../domain/ids';
import { restoreRecord } from '../domain/record/restore';
import { summarize } from '../domain/record/summary';
import { loadFixture, rawRows } from './testing/fixture-db';
import { STORES } from './schema';
import { openRecordStore } from './indexeddb-record-store';

/** A record stored in format v3 under an id from before ids had a format (an import could bring any text). */
type V3 = { id: string; revisions: { session: { id: string } }[] };
const v3 = Object.values(import.meta.glob<V3>('../domain/record/fixtures/format-v3.json', { eager: true, import: 'default' }))[0] as V3;
const legacyId = v3.id;
const legacySession = v3.revisions[0]?.session.id ?? '';

async function seeded(extra: { key: string; value: unknown }[] = [], factory = new IDBFactory()) {
  const draft = { formatVersion: 3, session: v3.revisions[0]?.session, context: { recordId: legacyId, saveCount: 1, whatChanged: '', supersedes: null }, savedAt: '2026-07-01T10:00:00.000Z' };
  await loadFixture(factory, 'legacy', { version: 2, stores: { records: [{ key: legacyId, value: v3 }, ...extra], drafts: [{ key: legacySession, value: draft }] } });
  const opened = await openRecordStore({ factory, name: 'legacy' });
  if (!opened.ok) throw new Error(opened.error.detail);
  return opened.value;
}

describe('records stored under ids from before the id format', () => {
  it('read back under the repaired id, move to it, and save again', async () => {
    const store = await seeded();
    const listed = await store.list();
    if (!listed.ok) throw new Error(listed.error);
    const expected = restoreRecord(v3);
    if (!expected.ok) throw new Error('fixture');
    expect(listed.value).toEqual({ records: [expected.value], quarantined: [] });
    const id = repairId(legacyId);
    // The row now sits under the repaired id: a save finds it and compares its counter.
    expect(await store.getMany([id])).toEqual({ ok: true, value: { records: [expected.value], quarantined: [] } });
    const saved = await store.save([{ record: { ...expected.value, tags: ['kept'] }, expected: expected.value.saveCount }]);
    expect(saved).toMatchObject({ kind: 'saved', records: [{ id, tags: ['kept'] }] });
    expect((await store.list()).ok && (await store.list())).toMatchObject({ value: { records: [{ id, tags: ['kept'] }], quarantined: [] } });
    store.close();
  });

  it('move with their summary, so the library lists them from it', async () => {
    const factory = new IDBFactory();
    const store = await seeded([], factory);
    const expected = restoreRecord(v3);
    if (!expected.ok) throw new Error('fixture');
    expect(await store.listSummaries()).toEqual({ ok: true, value: { summaries: [summarize(expected.value)], quarantined: [] } });
    // Moved in the list's rekey transaction, summary included.
    const keys = ((await rawRows(factory, 'legacy', STORES.summaries)) as { id: string }[]).map((row) => row.id);
    expect(keys).toEqual([repairId(legacyId)]);
    store.close();
  });

  it('restore the draft under the repaired session id, so clearing it finds it', async () => {
    const store = await seeded();
    const listed = await store.listDrafts();
    const draft = listed.ok ? listed.value.drafts[0] : undefined;
    if (!draft) throw new Error('the draft must restore');
    expect(draft.session.id).toBe(repairId(legacySession));
    expect(draft.context.recordId).toBe(repairId(legacyId));
    expect(await store.clearDraft(draft.session.id)).toEqual({ ok: true });
    expect(await store.listDrafts()).toEqual({ ok: true, value: { drafts: [], unreadable: 0 } });
    store.close();
  });

  it('stay where they are, listed as unreadable with the reason, when the repaired id is taken', async () => {
    const expected = restoreRecord(v3);
    if (!expected.ok) throw new Error('fixture');
    const taken = { ...expected.value, tags: ['the other one'] };
    const store = await seeded([{ key: taken.id, value: taken }]);
    const listed = await store.list();
    expect(listed).toMatchObject({ ok: true, value: { records: [taken], quarantined: [{ key: legacyId, reason: expect.stringMatching(/is taken by another record/) as unknown }] } });
    store.close();
  });
});
