import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { changeStatus } from '../domain/record/ops';
import type { DecisionRecord } from '../domain/record/record';
import { summarize, SUMMARY_VERSION, type RecordSummary } from '../domain/record/summary';
import { buySession, inHouseSession, recordOf } from '../domain/testing/records';
import { completion } from './idb-promises';
import { openRecordStore } from './indexeddb-record-store';
import { openDatabase } from './open-database';
import type { RecordStore, StoreEvent } from './record-store';
import { MIGRATIONS, STORES } from './schema';
import { rawRows } from './testing/fixture-db';

let count = 0;
async function open(factory = new IDBFactory(), name = `summaries-${++count}`, migrations: typeof MIGRATIONS = MIGRATIONS, onEvent?: (event: StoreEvent) => void) {
  const opened = await openRecordStore({ factory, name, migrations, ...(onEvent ? { onEvent } : {}) });
  if (!opened.ok) throw new Error(opened.error.detail);
  return { store: opened.value, factory, name };
}

/** The summaries store as stored, by record id. */
async function storedSummaries(factory: IDBFactory, name: string): Promise<Map<string, unknown>> {
  const rows = await rawRows(factory, name, STORES.summaries);
  return new Map(rows.map((row) => [(row as { id: string }).id, row]));
}

/** Writes rows straight into a store, the way another program (or a bug) could, bypassing the record store. */
async function putRaw(factory: IDBFactory, name: string, store: string, rows: readonly { key: string; value: unknown }[], remove: readonly string[] = []) {
  const opened = await openDatabase({ factory, name });
  if (!opened.ok) throw new Error(opened.error.detail);
  const tx = opened.value.transaction(store, 'readwrite');
  const done = completion(tx);
  for (const row of rows) tx.objectStore(store).put(row.value, row.key);
  for (const key of remove) tx.objectStore(store).delete(key);
  await done;
  opened.value.close();
}

async function summariesOf(store: RecordStore) {
  const listed = await store.listSummaries();
  if (!listed.ok) throw new Error(listed.error);
  return listed.value;
}

const saved = async (store: RecordStore, record: DecisionRecord, expected = 0): Promise<DecisionRecord> => {
  const result = await store.save([{ record, expected }]);
  if (result.kind !== 'saved' || !result.records[0]) throw new Error(`not saved: ${result.kind}`);
  return result.records[0];
};

describe('summaries written with their records', () => {
  it('a save writes the summary of what it stored, in its own transaction', async () => {
    const { store, factory, name } = await open();
    const record = await saved(store, recordOf(buySession(), 'rec_a'));
    expect((await storedSummaries(factory, name)).get('rec_a')).toEqual(summarize(record));
    expect(await summariesOf(store)).toEqual({ summaries: [summarize(record)], quarantined: [] });
  });

  it('a status change (a save of the changed record) keeps the summary in step', async () => {
    const { store, factory, name } = await open();
    const first = await saved(store, recordOf(buySession(), 'rec_a'));
    const op = changeStatus(first, 'accepted', '2026-11-23T10:00:00.000Z', 'Agreed', null);
    if (!op.ok || !op.value[0]) throw new Error(op.ok ? 'no record' : op.error);
    const second = await saved(store, op.value[0], first.saveCount);
    expect((await storedSummaries(factory, name)).get('rec_a')).toMatchObject({ status: 'accepted', saveCount: second.saveCount });
  });

  it('an import (a batch save) writes every summary, and a refused batch writes none', async () => {
    const { store, factory, name } = await open();
    const a = recordOf(buySession(), 'rec_a');
    const b = recordOf(inHouseSession(), 'rec_b');
    await store.save([
      { record: a, expected: 0 },
      { record: b, expected: 0 },
    ]);
    const c = recordOf(buySession(), 'rec_c');
    expect((await store.save([{ record: c, expected: 0 }, { record: b, expected: 0 }])).kind).toBe('conflict');
    expect([...(await storedSummaries(factory, name)).keys()].sort()).toEqual(['rec_a', 'rec_b']);
  });

  it('moving to the Trash takes the summary out with the record; Restore puts it back', async () => {
    const { store, factory, name } = await open();
    const record = await saved(store, recordOf(buySession(), 'rec_a'));
    await store.moveToTrash(record.id, record.saveCount, '2026-11-29T10:00:00.000Z');
    expect((await storedSummaries(factory, name)).size).toBe(0);
    expect((await summariesOf(store)).summaries).toEqual([]);
    const restored = await store.takeFromTrash(record.id, true);
    if (restored.kind !== 'saved' || !restored.records[0]) throw new Error(restored.kind);
    expect((await storedSummaries(factory, name)).get('rec_a')).toEqual(summarize(restored.records[0]));
  });
});

describe('listing from summaries', () => {
  it('makes a missing, damaged, old-version or stale summary again from its record, writing nothing', async () => {
    const { store, factory, name } = await open();
    const missing = await saved(store, recordOf(buySession(), 'rec_missing'));
    const damaged = await saved(store, recordOf(buySession(), 'rec_damaged'));
    const old = await saved(store, recordOf(inHouseSession(), 'rec_old'));
    const stale = await saved(store, recordOf(buySession(), 'rec_stale'));
    const fine = await saved(store, recordOf(inHouseSession(), 'rec_fine'));
    // Another program changed the stale one behind the store's back: its record moved on, its summary did not.
    const moved = { ...stale, saveCount: stale.saveCount + 1, tags: ['changed elsewhere'] };
    await putRaw(factory, name, STORES.records, [{ key: stale.id, value: moved }]);
    await putRaw(
      factory,
      name,
      STORES.summaries,
      [
        { key: damaged.id, value: { ...summarize(damaged), revisions: 'many' } },
        { key: old.id, value: { ...summarize(old), summaryVersion: SUMMARY_VERSION - 1 } },
      ],
      [missing.id],
    );

    const { summaries, quarantined } = await summariesOf(store);
    const byId = (list: readonly RecordSummary[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    const expected = byId([missing, damaged, old, moved, fine].map(summarize));
    expect(byId(summaries)).toEqual(expected);
    expect(quarantined).toEqual([]);
    expect(summaries.find((s) => s.id === stale.id)?.tags).toEqual(['changed elsewhere']);
    // Listing writes nothing: the stored summaries are as they were until each record's next save.
    expect((await storedSummaries(factory, name)).get(missing.id)).toBeUndefined();
    expect((await storedSummaries(factory, name)).get(stale.id)).toEqual(summarize(stale));
    const next = await saved(store, { ...moved, tags: ['saved again'] }, moved.saveCount);
    expect((await storedSummaries(factory, name)).get(stale.id)).toEqual(summarize(next));
  });

  it('still lists a record that does not parse as unreadable, and makes it no summary', async () => {
    const { store, factory, name } = await open();
    const record = await saved(store, recordOf(buySession(), 'rec_broken'));
    // Damaged with its save count: the index no longer holds it, so its summary is not current.
    const broken = { ...record, saveCount: 'three', revisions: 'gone' };
    await putRaw(factory, name, STORES.records, [{ key: record.id, value: broken }]);
    const { summaries, quarantined } = await summariesOf(store);
    expect(summaries).toEqual([]);
    expect(quarantined).toMatchObject([{ key: 'rec_broken', raw: broken }]);
    // Still there, still unreadable, on every list: never dropped.
    expect((await summariesOf(store)).quarantined).toMatchObject([{ key: 'rec_broken' }]);
    expect(await rawRows(factory, name, STORES.records)).toEqual([broken]);
  });

  it('a record damaged behind the app’s back with its save count intact is listed from its summary, and reads as unreadable when opened', async () => {
    const { store, factory, name } = await open();
    const record = await saved(store, recordOf(buySession(), 'rec_broken'));
    const broken = { ...record, revisions: 'gone' };
    await putRaw(factory, name, STORES.records, [{ key: record.id, value: broken }]);
    expect(await summariesOf(store)).toEqual({ summaries: [summarize(record)], quarantined: [] });
    expect(await store.getMany([record.id])).toMatchObject({ ok: true, value: { records: [], quarantined: [{ key: 'rec_broken', raw: broken }] } });
  });

  it('does not list a summary whose record is gone', async () => {
    const { store, factory, name } = await open();
    const record = await saved(store, recordOf(buySession(), 'rec_a'));
    await putRaw(factory, name, STORES.records, [], [record.id]);
    expect(await summariesOf(store)).toEqual({ summaries: [], quarantined: [] });
  });
});

describe('a second tab on a build from before summaries (schema version 3)', () => {
  const BEFORE_SUMMARIES = MIGRATIONS.slice(0, 3);

  it('lets go when this version opens, and the records it wrote all get summaries', async () => {
    const factory = new IDBFactory();
    const name = `two-tabs-${++count}`;
    // The old tab runs the old build: it writes records only, and closes when a newer version asks (as openRecordStore does).
    const oldTab = await openDatabase({ factory, name, migrations: BEFORE_SUMMARIES });
    if (!oldTab.ok) throw new Error(oldTab.error.detail);
    let closed = false;
    oldTab.value.onversionchange = () => {
      closed = true;
      oldTab.value.close();
    };
    const record = { ...recordOf(buySession(), 'rec_old_tab'), saveCount: 1 };
    const tx = oldTab.value.transaction(STORES.records, 'readwrite');
    const done = completion(tx);
    tx.objectStore(STORES.records).put(record, record.id);
    await done;

    const current = await open(factory, name);
    expect(closed).toBe(true);
    expect(await storedSummaries(factory, name)).toEqual(new Map([[record.id, summarize(record)]]));
    expect(await summariesOf(current.store)).toEqual({ summaries: [summarize(record)], quarantined: [] });
    // An old build opened later is refused (the database is newer than it), so nothing writes a record without its summary.
    expect(await openRecordStore({ factory, name, migrations: BEFORE_SUMMARIES })).toMatchObject({ ok: false, error: { failure: 'newer-version' } });
  });

  it('an old tab that will not close blocks the upgrade, and this tab says so', async () => {
    const factory = new IDBFactory();
    const name = `blocked-${++count}`;
    const oldTab = await openDatabase({ factory, name, migrations: BEFORE_SUMMARIES });
    if (!oldTab.ok) throw new Error(oldTab.error.detail);
    const events: string[] = [];
    const opening = open(factory, name, MIGRATIONS, (event) => events.push(event.kind));
    await expect.poll(() => events).toContain('blocked');
    oldTab.value.close();
    const { store } = await opening;
    expect(await summariesOf(store)).toEqual({ summaries: [], quarantined: [] });
  });
});

describe('the newest records first (a large library’s first screen)', () => {
  const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

  it('reads the records whose summaries changed last, newest first, and counts every stored row', async () => {
    const { store } = await open();
    const days = [3, 9, 1, 7, 5];
    for (const day of days) await saved(store, recordOf(buySession(), `rec_${day}`, at(day)));
    const newest = await store.listNewest(3);
    if (!newest.ok) throw new Error(newest.error);
    expect(newest.value.total).toBe(5);
    expect(newest.value.records.map((r) => r.id)).toEqual(['rec_9', 'rec_7', 'rec_5']);
    // Read whole: the record as saved, not its summary.
    expect(newest.value.records[0]?.revisions).toHaveLength(1);
  });

  it('leaves out a newest record that does not parse, still counting it; read whole, it is quarantined', async () => {
    const { store, factory, name } = await open();
    await saved(store, recordOf(buySession(), 'rec_old', at(1)));
    const record = await saved(store, recordOf(buySession(), 'rec_broken', at(9)));
    const broken = { ...record, revisions: 'gone' };
    await putRaw(factory, name, STORES.records, [{ key: record.id, value: broken }]);
    expect(await store.listNewest(2)).toMatchObject({ ok: true, value: { total: 2, records: [{ id: 'rec_old' }] } });
    expect(await store.getMany([record.id])).toMatchObject({ ok: true, value: { records: [], quarantined: [{ key: 'rec_broken', raw: broken }] } });
  });

  it('an empty library has no newest records', async () => {
    const { store } = await open();
    expect(await store.listNewest(40)).toEqual({ ok: true, value: { total: 0, records: [] } });
  });
});
