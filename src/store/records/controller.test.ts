import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { buySession, recordOf } from '../../domain/testing/records';
import { openRecordStore } from '../../storage/indexeddb-record-store';
import { sessionState, type SessionStore } from '../session-store';
import { createRecordsController } from './controller';
import { LIST_AT_ONCE, READ_WITH_LIST } from './library';
import type { FirstPage } from './state';

let count = 0;

/** A tab: its own session and records controller, on the database `name` of `factory`. */
async function tab(factory: IDBFactory, name: string) {
  const session = createStore<SessionStore>()(sessionState);
  const controller = createRecordsController({ session, openStore: (options) => openRecordStore({ ...options, factory, name }) });
  await controller.startRecords({ restoreDraft: false });
  return { session, controller };
}

const fresh = () => ({ factory: new IDBFactory(), name: `controller-${++count}` });
/** What the library lists: its entries, made from the stored summaries. */
const listed = (controller: ReturnType<typeof createRecordsController>) => controller.records.getState().entries;

describe('the records controller', () => {
  it('saves the open session into storage, and a reload (a new controller) lists it', async () => {
    const db = fresh();
    const first = await tab(db.factory, db.name);
    first.session.getState().open(buySession());
    await first.controller.saveCurrentSession();
    expect(first.controller.records.getState().save).toMatchObject({ kind: 'saved', revision: 1 });

    const reloaded = await tab(db.factory, db.name);
    expect(listed(reloaded.controller).map((r) => r.id)).toEqual(listed(first.controller).map((r) => r.id));
    expect(reloaded.controller.records.getState().storage).toEqual({ kind: 'ready' });
  });

  it('keeps its state to itself: a second controller starts from its own empty library', async () => {
    const a = fresh();
    const b = fresh();
    const one = await tab(a.factory, a.name);
    one.session.getState().open(buySession());
    await one.controller.saveCurrentSession();
    const other = await tab(b.factory, b.name);
    expect(listed(one.controller)).toHaveLength(1);
    expect(listed(other.controller)).toHaveLength(0);
    expect(other.controller.records.getState().save).toEqual({ kind: 'idle' });
  });

  it('takes a double-click on Save as one save: one record, no false conflict', async () => {
    const db = fresh();
    const { session, controller } = await tab(db.factory, db.name);
    session.getState().open(buySession());
    await Promise.all([controller.saveCurrentSession(), controller.saveCurrentSession()]);
    expect(listed(controller)).toHaveLength(1);
    // The same on a record already saved: the second click must not compare against a stale save count.
    await Promise.all([controller.saveCurrentSession(), controller.saveCurrentSession(), controller.saveCurrentSession()]);
    expect(controller.records.getState().save).toMatchObject({ kind: 'saved' });
    expect(listed(controller)).toHaveLength(1);
  });

  it('refuses a save when another tab saved the same record first, overwriting nothing', async () => {
    const db = fresh();
    const mine = await tab(db.factory, db.name);
    mine.session.getState().open(buySession());
    await mine.controller.saveCurrentSession();
    const [record] = listed(mine.controller);
    if (!record) throw new Error('expected the saved record');

    const theirs = await tab(db.factory, db.name);
    await theirs.controller.setRecordTags(record.id, ['theirs']);
    await mine.controller.saveCurrentSession();
    expect(mine.controller.records.getState().save).toEqual({ kind: 'conflict', recordId: record.id });
    const reread = await tab(db.factory, db.name);
    expect(listed(reread.controller)[0]?.tags).toEqual(['theirs']);
  });

  it('lists the library from summaries, reads a record whole when it is opened, and holds them all once the page is idle', async () => {
    const db = fresh();
    const first = await tab(db.factory, db.name);
    first.session.getState().open(buySession());
    await first.controller.saveCurrentSession();
    const [entry] = listed(first.controller);
    if (!entry) throw new Error('expected the saved record');

    const reloaded = await tab(db.factory, db.name);
    expect(listed(reloaded.controller)).toMatchObject([{ id: entry.id, component: entry.component, saveCount: 1 }]);
    const opened = await reloaded.controller.openRecord(entry.id);
    expect(opened).toMatchObject({ id: entry.id, saveCount: 1 });

    const idle = await tab(db.factory, db.name);
    await vi.waitFor(() => expect([...idle.controller.records.getState().records.keys()]).toEqual([entry.id]));
  });

  it('a revisit saved after a reload builds on the stored record, read whole on demand', async () => {
    const db = fresh();
    const first = await tab(db.factory, db.name);
    first.session.getState().open(buySession());
    await first.controller.saveCurrentSession();
    const [entry] = listed(first.controller);
    if (!entry) throw new Error('expected the saved record');

    const reloaded = await tab(db.factory, db.name);
    const record = await reloaded.controller.openRecord(entry.id);
    if (!record) throw new Error('expected the record');
    expect(reloaded.controller.beginRevisit(record, 'New pricing')).toBeNull();
    await reloaded.controller.saveCurrentSession();
    expect(reloaded.controller.records.getState().save).toMatchObject({ kind: 'saved', revision: 2 });
    expect(listed(reloaded.controller)).toMatchObject([{ id: entry.id, revisions: 2, saveCount: 2 }]);
  });

  it('shows a large library’s newest records first, then lists every one of them', async () => {
    const db = fresh();
    const opened = await openRecordStore({ factory: db.factory, name: db.name });
    if (!opened.ok) throw new Error(opened.error.detail);
    const total = LIST_AT_ONCE + 5;
    // One a minute, so the newest are the last ids.
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const changes = Array.from({ length: total }, (_, i) => ({ record: recordOf(buySession(), `rec_${String(i).padStart(4, '0')}`, at(i)), expected: 0 }));
    expect(await opened.value.save(changes)).toMatchObject({ kind: 'saved' });
    opened.value.close();

    const session = createStore<SessionStore>()(sessionState);
    const controller = createRecordsController({ session, openStore: (options) => openRecordStore({ ...options, factory: db.factory, name: db.name }) });
    const pages: FirstPage[] = [];
    controller.records.subscribe(({ firstPage, loaded }) => {
      if (firstPage && !pages.includes(firstPage)) pages.push(firstPage);
      // Nothing may be written (loaded) while only the first page is known.
      if (firstPage) expect(loaded).toBe(false);
    });
    await controller.startRecords({ restoreDraft: false });

    const newest = changes.slice(-READ_WITH_LIST).map((c) => c.record.id).reverse();
    expect(pages).toHaveLength(1);
    expect(pages[0]?.total).toBe(total);
    expect(pages[0]?.entries.map((e) => e.id)).toEqual(newest);
    const state = controller.records.getState();
    expect(state).toMatchObject({ loaded: true, firstPage: null });
    expect(state.entries).toHaveLength(total);
    // The first page's records were read whole, and stay held.
    expect(newest.every((id) => state.records.has(id))).toBe(true);
  }, 60_000 /* a thousand records saved and listed in fake IndexedDB: a few seconds alone, much more on a busy machine */);
});
