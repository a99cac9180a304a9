import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buySession, recordOf } from '../domain/testing/records';
import { trashEntry } from '../domain/trash';
import { openRecordStore } from './indexeddb-record-store';
import type { RecordStore } from './record-store';

let count = 0;
async function open(factory = new IDBFactory(), name = `trash-${++count}`): Promise<RecordStore> {
  const opened = await openRecordStore({ factory, name });
  if (!opened.ok) throw new Error(opened.error.detail);
  return opened.value;
}

const ids = async (store: RecordStore) => {
  const listed = await store.list();
  return listed.ok ? listed.value.records.map((r) => r.id) : [];
};

describe('the Trash in IndexedDB', () => {
  it('moves a record out of the library into the Trash in one step, and Restore brings it back', async () => {
    const store = await open();
    const record = recordOf(buySession());
    await store.save([{ record, expected: 0 }]);
    const trashed = await store.moveToTrash(record.id, 1, '2026-11-29T10:00:00.000Z');
    expect(trashed).toMatchObject({ kind: 'trashed', entry: { record: { id: record.id }, origin: { kind: 'browser' } } });
    expect(await ids(store)).toEqual([]);
    expect(await store.listTrash()).toMatchObject({ ok: true, value: [{ record: { id: record.id } }] });

    expect(await store.takeFromTrash(record.id, true)).toMatchObject({ kind: 'saved', records: [{ id: record.id, saveCount: 2 }] });
    expect(await ids(store)).toEqual([record.id]);
    expect(await store.listTrash()).toEqual({ ok: true, value: [] });
  });

  it('refuses to delete a record another tab saved since, and keeps it', async () => {
    const store = await open();
    const record = recordOf(buySession());
    await store.save([{ record, expected: 0 }]);
    await store.save([{ record, expected: 1 }]);
    expect(await store.moveToTrash(record.id, 1, '2026-11-29T10:00:00.000Z')).toMatchObject({ kind: 'conflict', id: record.id });
    expect(await ids(store)).toEqual([record.id]);
    expect(await store.listTrash()).toEqual({ ok: true, value: [] });
  });

  it('does not restore over a record with the same id already in the library', async () => {
    const store = await open();
    const record = recordOf(buySession());
    await store.putInTrash(trashEntry(record, '2026-11-29T10:00:00.000Z', { kind: 'folder', folder: 'decisions', path: '0001-x.md', text: '# X' }));
    await store.save([{ record, expected: 0 }]);
    expect(await store.takeFromTrash(record.id, true)).toMatchObject({ kind: 'conflict' });
    expect(await store.listTrash()).toMatchObject({ ok: true, value: [{ record: { id: record.id } }] });
  });

  it('purges only what waited 30 days', async () => {
    const store = await open();
    const old = recordOf(buySession(), 'rec_old');
    const recent = recordOf(buySession(), 'rec_recent');
    await store.putInTrash(trashEntry(old, '2026-10-01T00:00:00.000Z', { kind: 'browser' }));
    await store.putInTrash(trashEntry(recent, '2026-11-20T00:00:00.000Z', { kind: 'browser' }));
    expect(await store.purgeTrash('2026-11-29T00:00:00.000Z')).toEqual({ ok: true, value: 1 });
    expect(await store.listTrash()).toMatchObject({ ok: true, value: [{ record: { id: recent.id } }] });
  });
});
