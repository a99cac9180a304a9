import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { MAX_WAITING_DRAFTS, newDraft, NEW_WORK } from '../../domain/record/draft';
import { err } from '../../domain/result';
import { newId, type SessionId } from '../../domain/ids';
import type { Session } from '../../domain/session';
import { buySession, recordOf } from '../../domain/testing/records';
import { framed } from '../../domain/testing/sessions';
import { createDraftClaims, type Locks } from '../../storage/draft-claims';
import { openRecordStore } from '../../storage/indexeddb-record-store';
import { fakeLocks } from '../../storage/testing/fake-locks';
import { sessionState, type SessionStore } from '../session-store';
import { createRecordsController } from './controller';

let count = 0;

interface Browser {
  readonly factory: IDBFactory;
  readonly name: string;
  readonly locks: Locks;
}

const browser = (): Browser => ({ factory: new IDBFactory(), name: `waiting-${++count}`, locks: fakeLocks() });

/** A tab of `where`: its own session store and records controller, keeping drafts; `restore` as a reload at a step. */
/** Resolves once the clock shows a later millisecond than when called. */
async function clockMovesOn(): Promise<void> {
  const start = Date.now();
  while (Date.now() === start) await new Promise((resolve) => setTimeout(resolve, 1));
}

async function tab(where: Browser, restore = false, fail: 'clear' | 'write' | null = null) {
  const session = createStore<SessionStore>()(sessionState);
  const controller = createRecordsController({
    session,
    claims: createDraftClaims(where.name, where.locks),
    openStore: async (options) => {
      const opened = await openRecordStore({ ...options, factory: where.factory, name: where.name });
      // A full disk: it refuses the delete or the draft's write, the rest of storage working.
      const refuse = () => Promise.resolve(err('quota' as const));
      if (!opened.ok || fail === null) return opened;
      return { ok: true, value: Object.assign(opened.value, fail === 'clear' ? { clearDraft: refuse } : { saveDraft: refuse }) };
    },
  });
  // As the app does: drafts are followed from before storage opens.
  const stop = controller.startDraftSync();
  await controller.startRecords({ restoreDraft: restore });
  const state = () => controller.records.getState();
  const titles = () => state().waiting.map((d) => d.session.framing.componentName || (d.stepInput?.value as { componentName?: string } | undefined)?.componentName);
  return { session, controller, stop, state, titles };
}

/** A framed session of its own (its own id), named `componentName`. */
function named(componentName: string): Session {
  const session = framed();
  return { ...session, id: newId<SessionId>('session'), framing: { ...session.framing, componentName } };
}

type Tab = Awaited<ReturnType<typeof tab>>;

/** Waits until every draft write of the tab is stored. */
const settled = (t: Tab) => vi.waitFor(() => expect(t.controller.hasUnsavedWork()).toBe(false));

/** Starts a new decision and types a component name into its framing form, as the form keeps it. */
function startTyping(t: Tab, componentName: string) {
  t.controller.newDecision();
  t.session.getState().keepStepInput('framing', { componentName });
  return t.session.getState().session?.id ?? '';
}

/** Leaves the open session (to the library, say), once what was typed is written. */
async function leave(t: Tab) {
  t.controller.flushDraft();
  await settled(t);
  t.session.getState().close();
  // Read after the writes the close started, so it waits for them.
  await t.controller.refreshWaitingDrafts();
}

describe('several waiting drafts', () => {
  it('keeps each unsaved decision as its own draft: "New decision" never replaces one, and a reload lists them all', async () => {
    const where = browser();
    const first = await tab(where);
    const a = startTyping(first, 'Vector store');
    await leave(first);
    expect(first.titles()).toEqual(['Vector store']);

    await clockMovesOn();
    startTyping(first, 'LLM gateway');
    await leave(first);
    expect(first.titles()).toEqual(['LLM gateway', 'Vector store']);
    first.stop();

    const reloaded = await tab(where);
    await vi.waitFor(() => expect(reloaded.titles()).toEqual(['LLM gateway', 'Vector store']));
    await reloaded.controller.resumeDraft(a);
    expect(reloaded.session.getState().session?.id).toBe(a);
    expect(reloaded.session.getState().stepInput).toEqual({ step: 'framing', value: { componentName: 'Vector store' } });
    expect(reloaded.titles()).toEqual(['LLM gateway']);
    reloaded.stop();
  });

  it('on a reload at a step goes on with the most recent draft', async () => {
    const where = browser();
    const first = await tab(where);
    startTyping(first, 'Older');
    await leave(first);
    // Drafts are ordered by when they were written, to the millisecond: two written in the same one tie (CI saw it).
    await clockMovesOn();
    const newer = startTyping(first, 'Newer');
    first.controller.flushDraft();
    await settled(first);
    first.stop();

    // A reload: the page's locks went with it.
    const reloaded = await tab({ ...where, locks: fakeLocks() }, true);
    expect(reloaded.session.getState().session?.id).toBe(newer);
    expect(reloaded.titles()).toEqual(['Older']);
    reloaded.stop();
  });

  it('leaves no draft for a decision opened and left with nothing typed', async () => {
    const where = browser();
    const first = await tab(where);
    first.controller.newDecision();
    await leave(first);
    expect(first.state().waiting).toEqual([]);
    first.stop();
    const reloaded = await tab(where);
    expect(reloaded.state().waiting).toEqual([]);
    reloaded.stop();
  });

  it('drops a draft once its session is saved into a record', async () => {
    const where = browser();
    const first = await tab(where);
    first.session.getState().open(named('Saved one'));
    await first.controller.saveCurrentSession();
    await leave(first);
    expect(first.state().waiting).toEqual([]);
    first.stop();
    const reloaded = await tab(where);
    expect(reloaded.state().waiting).toEqual([]);
    reloaded.stop();
  });

  it('a decision saved and still open when its tab closes: a reload at its step goes on with it, a later visit lists no draft for it', async () => {
    const where = browser();
    const first = await tab(where);
    const saved = named('Saved, then the tab closed');
    first.session.getState().open(saved);
    await first.controller.saveCurrentSession();
    await settled(first);
    first.stop(); // The tab closes with the session open: nothing leaves it.

    const reloaded = await tab({ ...where, locks: fakeLocks() }, true);
    expect(reloaded.session.getState().session?.id).toBe(saved.id);
    reloaded.stop();

    const later = await tab({ ...where, locks: fakeLocks() });
    expect(later.state().waiting).toEqual([]);
    later.stop();
    // The record holds it whole (read before anything else starts a draft), so its draft is gone from storage too.
    const store = await openRecordStore({ factory: where.factory, name: where.name });
    if (!store.ok) throw new Error('storage');
    const drafts = await store.value.listDrafts();
    expect(drafts.ok && drafts.value.drafts.map((d) => d.session.id)).toEqual([]);
    store.value.close();
    // Nor does it count against the bound on waiting drafts.
    expect(later.controller.newDecision()).toBe(true);
  });

  it('a change made after the save is work waiting: listed next visit', async () => {
    const where = browser();
    const first = await tab(where);
    first.session.getState().open(named('Saved, then changed'));
    await first.controller.saveCurrentSession();
    await settled(first);
    first.session.getState().keepStepInput('differentiator', { answer: 'yes' });
    first.controller.flushDraft();
    await settled(first);
    first.stop();

    const later = await tab({ ...where, locks: fakeLocks() });
    expect(later.titles()).toEqual(['Saved, then changed']);
    later.stop();
  });

  it('a change made while the save is in flight is in no record: it stays as a draft', async () => {
    const where = browser();
    const first = await tab(where);
    first.session.getState().open(buySession());
    const saving = first.controller.saveCurrentSession();
    expect(first.session.getState().back()).toBe(true);
    const changed = first.session.getState().session;
    await saving;
    await leave(first);
    expect(first.state().waiting.map((d) => d.session)).toEqual([changed]);
    first.stop();
  });

  it('discards a draft with Undo: gone from storage until Undo puts it back', async () => {
    const where = browser();
    const first = await tab(where);
    const a = startTyping(first, 'Discard me');
    await leave(first);
    await first.controller.discardDraft(a);
    expect(first.state().waiting).toEqual([]);
    expect(first.state().discarded?.session.id).toBe(a);
    const meanwhile = await tab(where);
    expect(meanwhile.state().waiting).toEqual([]);
    meanwhile.stop();

    await first.controller.undoDiscard();
    expect(first.titles()).toEqual(['Discard me']);
    expect(first.state().discarded).toBeNull();
    first.stop();
    const reloaded = await tab(where);
    expect(reloaded.titles()).toEqual(['Discard me']);
    reloaded.stop();
  });

  it('says so when storage refuses a discard, and keeps the draft listed', async () => {
    const where = browser();
    const first = await tab(where, false, 'clear');
    const a = startTyping(first, 'Kept');
    await leave(first);
    await first.controller.discardDraft(a);
    expect(first.titles()).toEqual(['Kept']);
    expect(first.state().draftNotice).toMatch(/^The draft of “Kept” was not discarded\. The browser’s storage for this site is full/);
    first.stop();
  });

  it('says so when a session left cannot be stored as a draft: it is listed, but only while the tab is open', async () => {
    const where = browser();
    const first = await tab(where, false, 'write');
    startTyping(first, 'Not stored');
    first.session.getState().close();
    await vi.waitFor(() => expect(first.state().draftNotice).toMatch(/^The draft of “Not stored” could not be stored, so it lasts only while this tab is open\. The browser’s storage for this site is full/));
    expect(first.titles()).toEqual(['Not stored']);
    first.stop();
  });

  it(`starts no further decision once ${MAX_WAITING_DRAFTS} drafts wait, and says what to do`, async () => {
    const where = browser();
    const seed = await tab(where);
    const store = await openRecordStore({ factory: where.factory, name: where.name });
    if (!store.ok) throw new Error('storage');
    for (let i = 0; i < MAX_WAITING_DRAFTS; i++) await store.value.saveDraft(newDraft(named(`Draft ${i}`), NEW_WORK, `2026-11-30T08:${String(i).padStart(2, '0')}:00.000Z`));
    store.value.close();
    seed.stop();

    const full = await tab(where);
    expect(full.state().waiting).toHaveLength(MAX_WAITING_DRAFTS);
    expect(full.controller.newDecision()).toBe(false);
    expect(full.session.getState().session).toBeNull();
    expect(full.state().draftNotice).toMatch(/20 drafts are waiting.*discard one/);
    // The other ways to begin work say the same and open nothing.
    expect(full.controller.startDecisionFromAdr('Use PostgreSQL', 'We need a database.')).toMatch(/20 drafts are waiting/);
    expect(full.controller.beginSuccessor(recordOf(buySession()))).toMatch(/20 drafts are waiting/);
    expect(full.session.getState().session).toBeNull();
    await full.controller.discardDraft(full.state().waiting[0]?.session.id ?? '');
    expect(full.controller.newDecision()).toBe(true);
    full.stop();
  });
});

describe('two tabs', () => {
  it('never lets a second tab resume or discard the draft another tab has open', async () => {
    const where = browser();
    const one = await tab(where);
    const a = startTyping(one, 'Open in tab one');
    one.controller.flushDraft();
    await settled(one);

    const two = await tab(where);
    expect(two.titles()).toEqual(['Open in tab one']);
    expect(two.state().openElsewhere.has(a)).toBe(true);
    await two.controller.resumeDraft(a);
    expect(two.session.getState().session).toBeNull();
    expect(two.state().draftNotice).toBe('“Open in tab one” is open in another tab: go on with it there, or close that tab first.');
    await two.controller.discardDraft(a);
    expect(two.titles()).toEqual(['Open in tab one']);

    // Tab one leaves it: tab two, back in view, may go on with it.
    await leave(one);
    await vi.waitFor(async () => {
      await two.controller.refreshWaitingDrafts();
      expect(two.state().openElsewhere.has(a)).toBe(false);
    });
    await two.controller.resumeDraft(a);
    expect(two.session.getState().session?.id).toBe(a);
    one.stop();
    two.stop();
  });

  it('does not restore into a reload the draft another tab is working on', async () => {
    const where = browser();
    const one = await tab(where);
    startTyping(one, 'Busy in tab one');
    one.controller.flushDraft();
    await settled(one);
    const two = await tab(where, true);
    expect(two.session.getState().session).toBeNull();
    expect(two.titles()).toEqual(['Busy in tab one']);
    one.stop();
    two.stop();
  }, 10_000);
});
