import { toLibraryEntry, type LibraryEntry } from '../../domain/record/query';
import type { DecisionRecord, RecordId } from '../../domain/record/record';
import type { QuarantinedRow } from '../../storage/parse-row';
import { persisted } from '../../storage/persistence';
import type { RecordChange, SaveResult, StoreEvent } from '../../storage/record-store';
import type { RecordsContext } from './context';
import { flushDraft, restoreDraft } from './drafts';

/** How long opening browser storage may take before the app says it is waiting (a few hundred ms is normal). */
export const OPEN_WAIT_MS = 3000;

function entryOf(ctx: RecordsContext, record: DecisionRecord): LibraryEntry {
  let entry = ctx.entryCache.get(record);
  if (!entry) {
    entry = toLibraryEntry(record);
    ctx.entryCache.set(record, entry);
  }
  return entry;
}

/**
 * Opens storage, loads the library, restores the draft (when `restore` says so)
 * and follows other tabs' changes. Runs once; later calls wait for the first.
 */
export function startRecords(ctx: RecordsContext, options: { restoreDraft: boolean }): Promise<void> {
  ctx.starting ??= (async () => {
    // An open queued behind another tab's upgrade hears nothing until that finishes: say so instead of a silent wait.
    const slow = setTimeout(() => {
      if (ctx.records.getState().storage.kind === 'loading') ctx.records.setState({ storage: { kind: 'waiting' } });
    }, OPEN_WAIT_MS);
    const opened = await ctx.deps.openStore({ onEvent: (event) => onStoreEvent(ctx, event), beforeClose: () => flushDraft(ctx) });
    clearTimeout(slow);
    if (!opened.ok) {
      ctx.records.setState({ storage: { kind: 'failed', failure: opened.error.failure }, loaded: true });
      return;
    }
    ctx.connection = opened.value;
    // This tab merges its own saves at once; another tab's changes are read back by id.
    // Changes announced while the first list is read are read again after it, so the list cannot hide them.
    let early: string[] | null = [];
    opened.value.subscribe((ids, remote) => {
      if (!remote) return;
      if (early) early.push(...ids);
      else void refreshRecords(ctx, ids);
    });
    await reloadLibrary(ctx);
    const missed = early;
    early = null;
    if (missed.length > 0) await refreshRecords(ctx, missed);
    const [lastExport, highest] = await Promise.all([opened.value.getMeta('lastExportAt'), opened.value.getMeta('highestNumber')]);
    ctx.records.setState((s) => ({
      storage: s.storage.kind === 'loading' || s.storage.kind === 'blocked' || s.storage.kind === 'waiting' ? { kind: 'ready' } : s.storage,
      lastExportAt: lastExport.ok ? lastExport.value : null,
      highestNumber: Math.max(s.highestNumber, highest.ok ? Number(highest.value ?? 0) || 0 : 0),
    }));
    ctx.records.setState({ persist: await persisted() });
    await restoreDraft(ctx, options.restoreDraft);
  })();
  return ctx.starting;
}

export async function reloadLibrary(ctx: RecordsContext): Promise<void> {
  const store = ctx.connection;
  if (!store) return;
  const listed = await store.list();
  if (listed.ok) applyLibrary(ctx, listed.value.records, listed.value.quarantined);
  else ctx.records.setState({ storage: { kind: 'failed', failure: listed.error } });
}

async function refreshRecords(ctx: RecordsContext, ids: readonly string[]): Promise<void> {
  const store = ctx.connection;
  if (!store) return;
  const read = await store.getMany(ids);
  if (!read.ok) return;
  applySaved(ctx, read.value.records, read.value.quarantined);
  // An id announced but no longer stored went to the Trash.
  const found = new Set([...read.value.records.map((r) => r.id as string), ...read.value.quarantined.map((q) => q.key)]);
  applyRemoved(ctx, ids.filter((id) => !found.has(id)));
}

/** Writes changes in one transaction and merges what was stored; reports why not when storage is gone. */
export async function write(ctx: RecordsContext, changes: readonly RecordChange[]): Promise<SaveResult> {
  const store = ctx.connection;
  if (!store) {
    const { storage } = ctx.records.getState();
    return { kind: 'failed', failure: storage.kind === 'failed' ? storage.failure : 'unavailable' };
  }
  const result = await store.save(changes);
  if (result.kind === 'saved') applySaved(ctx, result.records);
  return result;
}

/** Replaces the listed records, reusing the entries of records that did not change. */
function applyLibrary(ctx: RecordsContext, records: readonly DecisionRecord[], quarantined: readonly QuarantinedRow[]): void {
  const state = ctx.records.getState();
  const next = new Map<RecordId, DecisionRecord>();
  for (const record of records) {
    const old = state.records.get(record.id);
    next.set(record.id, old && old.saveCount === record.saveCount && old.updatedAt === record.updatedAt ? old : record);
  }
  // An unreadable row may still hold a number: it stays taken.
  const numbers = [...records.map((r) => r.number), ...quarantined.map((q) => rawNumber(q.raw))];
  const highestNumber = Math.max(state.highestNumber, ...numbers.map((n) => n ?? 0));
  ctx.records.setState({ records: next, entries: [...next.values()].map((r) => entryOf(ctx, r)), quarantined, loaded: true, highestNumber });
}

function rawNumber(raw: unknown): number | null {
  const n = typeof raw === 'object' && raw !== null ? (raw as { number?: unknown }).number : null;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/**
 * Merges records a save just wrote, or another tab's changes, without reading the
 * whole library again. Quarantined rows among them replace earlier listings of them.
 */
export function applySaved(ctx: RecordsContext, saved: readonly DecisionRecord[], quarantinedNow: readonly QuarantinedRow[] = []): void {
  const state = ctx.records.getState();
  const records = new Map(state.records);
  let highestNumber = state.highestNumber;
  for (const record of saved) {
    records.set(record.id, record);
    if (record.number !== null && record.number > highestNumber) highestNumber = record.number;
  }
  for (const row of quarantinedNow) records.delete(row.key as RecordId);
  const quarantined = quarantinedNow.length
    ? [...state.quarantined.filter((q) => !quarantinedNow.some((n) => n.key === q.key)), ...quarantinedNow]
    : state.quarantined;
  ctx.records.setState({ records, entries: [...records.values()].map((r) => entryOf(ctx, r)), quarantined, highestNumber });
}

/** Takes records out of the library (moved to the Trash, here or in another tab). */
export function applyRemoved(ctx: RecordsContext, ids: readonly string[]): void {
  const state = ctx.records.getState();
  if (!ids.some((id) => state.records.has(id as RecordId))) return;
  const records = new Map(state.records);
  for (const id of ids) records.delete(id as RecordId);
  ctx.records.setState({ records, entries: [...records.values()].map((r) => entryOf(ctx, r)) });
}

function onStoreEvent(ctx: RecordsContext, event: StoreEvent): void {
  switch (event.kind) {
    case 'blocked':
      ctx.records.setState({ storage: { kind: 'blocked' } });
      return;
    case 'versionchange':
      ctx.connection = null;
      ctx.records.setState({ storage: { kind: 'updated' } });
      return;
    case 'closed':
      ctx.connection = null;
      ctx.records.setState({ storage: { kind: 'failed', failure: 'closed' } });
      return;
  }
}
