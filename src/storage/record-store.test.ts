import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { newDraft, NEW_WORK } from '../domain/record/draft';
import { buySession, inHouseSession, recordOf } from '../domain/testing/records';
import { framed } from '../domain/testing/sessions';
import { loadFixture, rawRows } from './testing/fixture-db';
import { openRecordStore, type RecordStoreOptions } from './indexeddb-record-store';
import type { RecordStore } from './record-store';
import { DB_VERSION } from './schema';
import { classifyStorageError } from './storage-errors';

let count = 0;
async function open(options: RecordStoreOptions = {}): Promise<{ store: RecordStore; factory: IDBFactory; name: string }> {
  const factory = (options.factory as IDBFactory | undefined) ?? new IDBFactory();
  const name = options.name ?? `test-${++count}`;
  const opened = await openRecordStore({ ...options, factory, name });
  if (!opened.ok) throw new Error(opened.error.detail);
  return { store: opened.value, factory, name };
}

async function listed(store: RecordStore) {
  const result = await store.list();
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('saving records', () => {
  it('stores a record and bumps its save count only once the transaction committed', async () => {
    const { store } = await open();
    const record = recordOf(buySession());
    const result = await store.save([{ record, expected: 0 }]);
    expect(result).toMatchObject({ kind: 'saved', records: [{ id: record.id, saveCount: 1 }] });
    expect((await listed(store)).records).toEqual([{ ...record, saveCount: 1 }]);
  });

  it('refuses a save based on a stale save count and keeps the stored version (compare-and-set)', async () => {
    const { store, factory, name } = await open();
    const other = (await open({ factory, name })).store;
    const record = recordOf(buySession());
    await store.save([{ record, expected: 0 }]);

    const first = await store.save([{ record: { ...record, tags: ['first tab'] }, expected: 1 }]);
    expect(first.kind).toBe('saved');
    const second = await other.save([{ record: { ...record, tags: ['second tab'] }, expected: 1 }]);
    expect(second).toMatchObject({ kind: 'conflict', id: record.id, stored: { tags: ['first tab'], saveCount: 2 } });
    expect((await listed(store)).records[0]?.tags).toEqual(['first tab']);
  });

  it('writes all of a batch or none of it', async () => {
    const { store } = await open();
    const a = recordOf(buySession(), 'rec_a');
    const b = recordOf(inHouseSession(), 'rec_b');
    await store.save([{ record: b, expected: 0 }]);
    const result = await store.save([
      { record: a, expected: 0 },
      { record: b, expected: 0 },
    ]);
    expect(result.kind).toBe('conflict');
    expect((await listed(store)).records.map((r) => r.id)).toEqual(['rec_b']);
  });

  it('keeps the highest record number ever stored, in the save’s own transaction', async () => {
    const { store } = await open();
    expect(await store.getMeta('highestNumber')).toEqual({ ok: true, value: null });
    await store.save([{ record: { ...recordOf(buySession(), 'rec_7'), number: 7 }, expected: 0 }]);
    await store.save([{ record: { ...recordOf(buySession(), 'rec_3'), number: 3 }, expected: 0 }]);
    expect(await store.getMeta('highestNumber')).toEqual({ ok: true, value: '7' });
    // A conflicting save writes nothing, the number included.
    await store.save([{ record: { ...recordOf(buySession(), 'rec_3'), number: 9 }, expected: 0 }]);
    expect(await store.getMeta('highestNumber')).toEqual({ ok: true, value: '7' });
  });

  it('tells every subscriber, in this tab and others, which records changed', async () => {
    const { store, factory, name } = await open();
    const other = (await open({ factory, name })).store;
    const here: (string | boolean)[][] = [];
    const there: (string | boolean)[][] = [];
    store.subscribe((ids, remote) => here.push([...ids, remote]));
    other.subscribe((ids, remote) => there.push([...ids, remote]));
    await store.save([{ record: recordOf(buySession(), 'rec_x'), expected: 0 }]);
    await new Promise((r) => setTimeout(r, 20));
    expect(here).toEqual([['rec_x', false]]);
    expect(there).toEqual([['rec_x', true]]);
    const read = await other.getMany(['rec_x', 'rec_missing']);
    expect(read.ok && read.value.records.map((r) => r.id)).toEqual(['rec_x']);
    store.close();
    other.close();
  });
});

describe('quarantine', () => {
  const damaged = { formatVersion: 1, id: 'rec_bad', saveCount: 'three', revisions: [] };

  async function withDamagedRow() {
    const factory = new IDBFactory();
    const name = `damaged-${++count}`;
    const good = { ...recordOf(buySession(), 'rec_good'), saveCount: 1 };
    await loadFixture(factory, name, {
      version: 1,
      stores: {
        records: [
          { key: 'rec_good', value: good },
          { key: 'rec_bad', value: damaged },
          { key: 'rec_huge', value: { ...good, id: 'rec_huge', tags: ['x'.repeat(3_000_000)] } },
          { key: 'rec_proto', value: JSON.parse('{"__proto__": {"polluted": true}, "id": "rec_proto"}') as unknown },
          // Otherwise a valid record: zod would drop the key silently, so it is refused before parsing.
          { key: 'rec_proto_valid', value: { ...(JSON.parse('{"__proto__": {"polluted": true}}') as object), ...good, id: 'rec_proto_valid' } },
        ],
      },
    });
    return { ...(await open({ factory, name })), good };
  }

  it('lists a row that does not parse as quarantined with the reason, and still loads the others', async () => {
    const { store, good } = await withDamagedRow();
    const { records, quarantined } = await listed(store);
    expect(records).toEqual([good]);
    expect(quarantined.map((q) => q.key).sort()).toEqual(['rec_bad', 'rec_huge', 'rec_proto', 'rec_proto_valid']);
    expect(quarantined.find((q) => q.key === 'rec_proto_valid')?.reason).toMatch(/__proto__/);
    const bad = quarantined.find((q) => q.key === 'rec_bad');
    expect(bad?.reason).toMatch(/saveCount/);
    expect(bad?.raw).toEqual(damaged);
    expect(quarantined.find((q) => q.key === 'rec_huge')?.reason).toMatch(/larger than/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never overwrites a quarantined row', async () => {
    const { store, factory, name } = await withDamagedRow();
    const replacement = recordOf(buySession(), 'rec_bad');
    expect(await store.save([{ record: replacement, expected: 0 }])).toEqual({ kind: 'quarantined', id: 'rec_bad' });
    store.close();
    expect(await rawRows(factory, name, 'records')).toContainEqual(damaged);
  });
});

describe('drafts', () => {
  it('lists every waiting draft, the most recently changed first, and forgets a cleared one', async () => {
    const { store } = await open();
    const older = newDraft({ ...framed(), id: 'session_a' as never }, NEW_WORK, '2026-11-22T10:00:00.000Z');
    const newer = newDraft({ ...buySession(), id: 'session_b' as never }, NEW_WORK, '2026-11-22T10:05:00.000Z');
    await store.saveDraft(newer);
    await store.saveDraft(older);
    expect(await store.listDrafts()).toEqual({ ok: true, value: { drafts: [newer, older], unreadable: 0 } });
    await store.clearDraft('session_b');
    expect(await store.listDrafts()).toEqual({ ok: true, value: { drafts: [older], unreadable: 0 } });
  });

  it('counts a stored draft it cannot read, and keeps it', async () => {
    const factory = new IDBFactory();
    const name = `drafts-${++count}`;
    const good = newDraft({ ...framed(), id: 'session_a' as never }, NEW_WORK, '2026-11-22T10:00:00.000Z');
    const broken = { formatVersion: 1, session: 'not a session' };
    await loadFixture(factory, name, { version: DB_VERSION, stores: { drafts: [{ key: 'session_a', value: good }, { key: 'session_broken', value: broken }] } });
    const opened = await openRecordStore({ factory, name });
    if (!opened.ok) throw new Error(opened.error.detail);
    const store = opened.value;
    expect(await store.listDrafts()).toEqual({ ok: true, value: { drafts: [good], unreadable: 1 } });
    store.close();
    expect(await rawRows(factory, name, 'drafts')).toContainEqual(broken);
  });
});

describe('unavailable storage', () => {
  it('reports a browser without IndexedDB as unavailable', async () => {
    expect(await openRecordStore({ factory: null })).toMatchObject({ ok: false, error: { failure: 'unavailable' } });
  });

  it.each(['SecurityError', 'UnknownError'])('reports an open failing with %s as unavailable', async (name) => {
    const factory = {
      open: () => {
        throw new DOMException('blocked', name);
      },
    } as unknown as IDBFactory;
    expect(await openRecordStore({ factory })).toMatchObject({ ok: false, error: { failure: 'unavailable' } });
  });
});

describe('classifyStorageError', () => {
  it.each([
    ['a QuotaExceededError', new DOMException('full', 'QuotaExceededError'), 'quota'],
    ['an AbortError wrapping one (Dexie inner)', Object.assign(new DOMException('aborted', 'AbortError'), { inner: new DOMException('full', 'QuotaExceededError') }), 'quota'],
    ['an AbortError with it as cause', new Error('aborted', { cause: new DOMException('full', 'QuotaExceededError') }), 'quota'],
    ['a legacy code 22', { name: 'Error', code: 22 }, 'quota'],
    ['a VersionError', new DOMException('newer', 'VersionError'), 'newer-version'],
    ['a closed connection', new DOMException('closing', 'InvalidStateError'), 'closed'],
    ['anything else', new Error('nope'), 'unknown'],
  ])('classifies %s', (_what, error, expected) => {
    expect(classifyStorageError(error)).toBe(expected);
  });
});
