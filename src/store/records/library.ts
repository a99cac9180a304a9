import { entryOf as summaryEntry, toLibraryEntry, type LibraryEntry } from '../../domain/record/query';
import type { DecisionRecord, RecordId } from '../../domain/record/record';
import type { RecordSummary } from '../../domain/record/summary';
import type { QuarantinedRow } from '../../storage/parse-row';
import { yieldToPage } from '../../storage/page-yield';
import { persisted } from '../../storage/persistence';
import type { RecordChange, SaveResult, StoreEvent } from '../../storage/record-store';
import type { RecordsContext } from './context';
import { flushDraft } from './drafts';
import { restoreDrafts } from './waiting-drafts';

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
      else void rereadRecords(ctx, ids);
    });
    await listLibraryFirstTime(ctx);
    const missed = early;
    early = null;
    if (missed.length > 0) await rereadRecords(ctx, missed);
    const [lastExport, highest] = await Promise.all([opened.value.getMeta('lastExportAt'), opened.value.getMeta('highestNumber')]);
    ctx.records.setState((s) => ({
      storage: s.storage.kind === 'loading' || s.storage.kind === 'blocked' || s.storage.kind === 'waiting' ? { kind: 'ready' } : s.storage,
      lastExportAt: lastExport.ok ? lastExport.value : null,
      highestNumber: Math.max(s.highestNumber, highest.ok ? Number(highest.value ?? 0) || 0 : 0),
    }));
    ctx.records.setState({ persist: await persisted() });
    await restoreDrafts(ctx, options.restoreDraft);
    await holdWorkRecords(ctx);
    // Loaded apart (not on the first screen's path) and not awaited: the start is over once the list shows.
    void import('./hold-library').then(({ holdLibraryWhenIdle }) => holdLibraryWhenIdle(ctx, applySaved));
  })();
  return ctx.starting;
}

/** Records read whole with the list (the rest are read once the page is idle, `hold-library.ts`): a small library is held from the start, a large one shows these first. */
export const READ_WITH_LIST = 40;
/** A library of more records than this shows its newest ones first, and then reads every summary. */
export const LIST_AT_ONCE = 1000;

/**
 * The first listing. A large library first shows its newest records (a screenful,
 * read whole), lets them paint, and then lists every record from its summary:
 * reading and checking 10,000 summaries would otherwise keep the first rows waiting.
 */
async function listLibraryFirstTime(ctx: RecordsContext): Promise<void> {
  const store = ctx.connection;
  if (!store) return;
  const newest = await store.listNewest(READ_WITH_LIST);
  if (newest.ok && newest.value.total > LIST_AT_ONCE) {
    ctx.records.setState({ firstPage: { entries: newest.value.records.map((record) => entryOf(ctx, record)), total: newest.value.total } });
    await afterPaint();
  }
  await listLibrary(ctx, newest.ok ? newest.value.records : null);
}

/** Resolves once the page has painted what was just rendered (or after a moment in a hidden tab, which does not paint). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/** Lists the library from the stored summaries; only the first few records are read whole with it. */
export function reloadLibrary(ctx: RecordsContext): Promise<void> {
  return listLibrary(ctx, null);
}

/** Lists the library from the stored summaries, with these records read whole (or, when null, the first few read now). */
async function listLibrary(ctx: RecordsContext, read: readonly DecisionRecord[] | null): Promise<void> {
  const store = ctx.connection;
  if (!store) return;
  const listed = await store.listSummaries();
  if (!listed.ok) return ctx.records.setState({ storage: { kind: 'failed', failure: listed.error } });
  const first = read ? null : await store.getMany(listed.value.summaries.slice(0, READ_WITH_LIST).map((s) => s.id));
  const made = await entriesOf(listed.value.summaries);
  applyLibrary(ctx, listed.value.summaries, made, listed.value.quarantined, read ?? (first?.ok ? first.value.records : []));
}

/** Entries made per piece, the page handling input in between: 10,000 (each search text lower-cased) took a tenth of a second in one go. */
const ENTRY_PIECE = 1000;

async function entriesOf(summaries: readonly RecordSummary[]): Promise<LibraryEntry[]> {
  const entries: LibraryEntry[] = [];
  for (let i = 0; i < summaries.length; i += ENTRY_PIECE) {
    if (i > 0) await yieldToPage();
    for (const summary of summaries.slice(i, i + ENTRY_PIECE)) entries.push(summaryEntry(summary));
  }
  return entries;
}

/** Reads these records again from storage (another tab changed them): gone ones leave the library. */
export async function rereadRecords(ctx: RecordsContext, ids: readonly string[]): Promise<void> {
  const store = ctx.connection;
  if (!store) return;
  const read = await store.getMany(ids);
  if (!read.ok) return;
  applySaved(ctx, read.value.records, read.value.quarantined);
  // An id announced but no longer stored went to the Trash.
  const found = new Set([...read.value.records.map((r) => r.id as string), ...read.value.quarantined.map((q) => q.key)]);
  applyRemoved(ctx, ids.filter((id) => !found.has(id)));
}

/**
 * The records with these ids, read whole from storage unless this tab holds them
 * already (opened, saved or changed here). Absent ids are left out; a row that
 * does not parse joins the quarantined ones.
 */
export async function wholeRecords(ctx: RecordsContext, ids: readonly (RecordId | null | undefined)[]): Promise<ReadonlyMap<RecordId, DecisionRecord>> {
  // Storage still opening: wait for it (not from inside the start, which sets the connection first).
  if (!ctx.connection) await ctx.starting;
  const wanted = [...new Set(ids.filter((id): id is RecordId => !!id))];
  const missing = wanted.filter((id) => !ctx.records.getState().records.has(id));
  const store = ctx.connection;
  if (missing.length > 0 && store) {
    const read = await store.getMany(missing);
    if (read.ok) applySaved(ctx, read.value.records, read.value.quarantined);
  }
  const { records } = ctx.records.getState();
  return new Map(wanted.flatMap((id) => (records.has(id) ? [[id, records.get(id) as DecisionRecord] as const] : [])));
}

/** The records the open work revisits or supersedes, held whole: an export while storage is gone builds on them (sessionAsRecord). */
export async function holdWorkRecords(ctx: RecordsContext): Promise<void> {
  const { work } = ctx.records.getState();
  await wholeRecords(ctx, [work.recordId, work.supersedes]);
}

/**
 * Every record of the library, read whole: for the whole-library export, the import's
 * comparison and the portfolio. Without storage, the records this tab holds.
 */
export async function wholeLibrary(ctx: RecordsContext): Promise<readonly DecisionRecord[]> {
  if (!ctx.connection) await ctx.starting;
  const store = ctx.connection;
  const listed = store ? await store.list() : null;
  if (listed?.ok) applySaved(ctx, listed.value.records, listed.value.quarantined);
  return [...ctx.records.getState().records.values()];
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

/**
 * Replaces the listed entries (`made` from `summaries`, one for one), reusing those of records that did not change. Records
 * held whole stay held while their summary says they are current.
 */
function applyLibrary(
  ctx: RecordsContext,
  summaries: readonly RecordSummary[],
  made: readonly LibraryEntry[],
  quarantined: readonly QuarantinedRow[],
  read: readonly DecisionRecord[],
): void {
  const state = ctx.records.getState();
  // The first page's entries too: their rows, already on screen, are not rendered again.
  const previous = new Map([...(state.firstPage?.entries ?? []), ...state.entries].filter((e) => e.origin.kind === 'browser').map((e) => [e.id, e]));
  const records = new Map<RecordId, DecisionRecord>();
  const fresh = new Map(read.map((r) => [r.id, r]));
  const entries = summaries.map((summary, i) => {
    const held = fresh.get(summary.id) ?? state.records.get(summary.id);
    if (held && held.saveCount === summary.saveCount) records.set(summary.id, held);
    const old = previous.get(summary.id);
    // The entry already listed, when unchanged: its row is not rendered again.
    return old && old.saveCount === summary.saveCount && old.updatedAt === summary.updatedAt ? old : (made[i] ?? summaryEntry(summary));
  });
  // An unreadable row may still hold a number: it stays taken.
  const numbers = [...summaries.map((s) => s.number), ...quarantined.map((q) => rawNumber(q.raw))];
  const highestNumber = numbers.reduce<number>((high, n) => (n !== null && n > high ? n : high), state.highestNumber);
  ctx.records.setState({ records, entries, firstPage: null, quarantined, loaded: true, highestNumber });
}

function rawNumber(raw: unknown): number | null {
  const n = typeof raw === 'object' && raw !== null ? (raw as { number?: unknown }).number : null;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/**
 * Merges records a save just wrote, or another tab's changes, or records read whole,
 * without reading the whole library again. Quarantined rows among them replace earlier listings of them.
 */
export function applySaved(ctx: RecordsContext, saved: readonly DecisionRecord[], quarantinedNow: readonly QuarantinedRow[] = []): void {
  if (saved.length === 0 && quarantinedNow.length === 0) return;
  const state = ctx.records.getState();
  const records = new Map(state.records);
  const changed = new Map<string, LibraryEntry | null>();
  let highestNumber = state.highestNumber;
  for (const record of saved) {
    records.set(record.id, record);
    changed.set(record.id, entryOf(ctx, record));
    if (record.number !== null && record.number > highestNumber) highestNumber = record.number;
  }
  for (const row of quarantinedNow) {
    records.delete(row.key as RecordId);
    changed.set(row.key, null);
  }
  const quarantined = quarantinedNow.length
    ? [...state.quarantined.filter((q) => !quarantinedNow.some((n) => n.key === q.key)), ...quarantinedNow]
    : state.quarantined;
  ctx.records.setState({ records, entries: mergeEntries(state.entries, changed), quarantined, highestNumber });
}

/** The entries with some replaced (an entry), taken out (null) or added at the end. */
function mergeEntries(entries: readonly LibraryEntry[], changed: ReadonlyMap<string, LibraryEntry | null>): LibraryEntry[] {
  const left = new Map(changed);
  const next: LibraryEntry[] = [];
  for (const entry of entries) {
    if (!left.has(entry.id)) {
      next.push(entry);
      continue;
    }
    const replacement = left.get(entry.id);
    left.delete(entry.id);
    if (replacement) next.push(replacement);
  }
  for (const added of left.values()) if (added) next.push(added);
  return next;
}

/** Takes records out of the library (moved to the Trash, here or in another tab). */
export function applyRemoved(ctx: RecordsContext, ids: readonly string[]): void {
  const state = ctx.records.getState();
  if (!ids.some((id) => state.records.has(id as RecordId) || state.entries.some((e) => e.id === id))) return;
  const records = new Map(state.records);
  for (const id of ids) records.delete(id as RecordId);
  ctx.records.setState({ records, entries: mergeEntries(state.entries, new Map(ids.map((id) => [id, null]))) });
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
