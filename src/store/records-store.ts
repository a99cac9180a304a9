import { create } from 'zustand';
import type { DecisionRecord, RecordId, Status } from '../domain/record/record';
import { NEW_WORK, type Draft, type WorkContext } from '../domain/record/draft';
import { toLibraryEntry, type LibraryEntry } from '../domain/record/query';
import type { QuarantinedRow } from '../storage/parse-row';
import type { PersistState } from '../storage/persistence';
import type { RecordStore, StoreEvent } from '../storage/record-store';
import type { StorageFailure } from '../storage/storage-errors';

/** Where browser storage stands; anything but `ready` means nothing is being saved. */
export type StorageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'blocked' }
  /** Another tab opened a newer version of the app: this tab flushed its draft and let go of storage. */
  | { readonly kind: 'updated' }
  | { readonly kind: 'failed'; readonly failure: StorageFailure };

/** The last save the user asked for, as the save panel reports it. */
export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly recordId: RecordId; readonly revision: number }
  | { readonly kind: 'conflict'; readonly recordId: RecordId }
  | { readonly kind: 'refused'; readonly message: string }
  /** Storage's write gate refused it: stored, it would not read back. The work stays in memory. */
  | { readonly kind: 'unwritable'; readonly reason: string }
  | { readonly kind: 'failed'; readonly failure: StorageFailure };

/** Which records screen shows when no session is open. */
export type RecordsView =
  | { readonly kind: 'home' }
  | { readonly kind: 'library' }
  | { readonly kind: 'portfolio' }
  | { readonly kind: 'record'; readonly id: RecordId; readonly compare: readonly [number, number] | null }
  /** One file of the opened decisions folder, by its path inside the folder. */
  | { readonly kind: 'folder-file'; readonly path: string }
  | { readonly kind: 'trash' };

export interface RecordsState {
  readonly storage: StorageState;
  /** Set once the first list has loaded: nothing is written before that. */
  readonly loaded: boolean;
  readonly records: ReadonlyMap<RecordId, DecisionRecord>;
  readonly entries: readonly LibraryEntry[];
  readonly quarantined: readonly QuarantinedRow[];
  readonly persist: PersistState | null;
  /** When the library was last exported to a file (ISO), or null if never. */
  readonly lastExportAt: string | null;
  /** The highest human-facing number ever stored in this library: numbers above it are free. */
  readonly highestNumber: number;
  /** What the open session is for: a new decision, a revisit, a successor. */
  readonly work: WorkContext;
  /** The session id `work` belongs to; another session id means a fresh decision. */
  readonly workFor: string | null;
  /** Unsaved work from an earlier visit that can be picked up again. */
  readonly resumable: Draft | null;
  readonly save: SaveState;
  readonly view: RecordsView;
  /** A status change or other record action that was refused, with why. */
  readonly notice: string | null;
}

export const useRecordsStore = create<RecordsState>()(() => ({
  storage: { kind: 'loading' },
  loaded: false,
  records: new Map(),
  entries: [],
  quarantined: [],
  persist: null,
  lastExportAt: null,
  highestNumber: 0,
  work: NEW_WORK,
  workFor: null,
  resumable: null,
  save: { kind: 'idle' },
  view: { kind: 'home' },
  notice: null,
}));

/** The connection, outside React state: it is not data to render. */
let connection: RecordStore | null = null;
export const getConnection = (): RecordStore | null => connection;
export const setConnection = (store: RecordStore | null): void => {
  connection = store;
};

const entryCache = new WeakMap<DecisionRecord, LibraryEntry>();
function entryOf(record: DecisionRecord): LibraryEntry {
  let entry = entryCache.get(record);
  if (!entry) {
    entry = toLibraryEntry(record);
    entryCache.set(record, entry);
  }
  return entry;
}

/** Replaces the listed records, reusing the entries of records that did not change. */
export function applyLibrary(records: readonly DecisionRecord[], quarantined: readonly QuarantinedRow[]): void {
  const previous = useRecordsStore.getState().records;
  const next = new Map<RecordId, DecisionRecord>();
  for (const record of records) {
    const old = previous.get(record.id);
    next.set(record.id, old && old.saveCount === record.saveCount && old.updatedAt === record.updatedAt ? old : record);
  }
  // An unreadable row may still hold a number: it stays taken.
  const numbers = [...records.map((r) => r.number), ...quarantined.map((q) => rawNumber(q.raw))];
  const highestNumber = Math.max(useRecordsStore.getState().highestNumber, ...numbers.map((n) => n ?? 0));
  useRecordsStore.setState({ records: next, entries: [...next.values()].map(entryOf), quarantined, loaded: true, highestNumber });
}

function rawNumber(raw: unknown): number | null {
  const n = typeof raw === 'object' && raw !== null ? (raw as { number?: unknown }).number : null;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/**
 * Merges records a save just wrote, or another tab's changes, without reading the
 * whole library again. Quarantined rows among `ids` replace earlier listings of them.
 */
export function applySaved(saved: readonly DecisionRecord[], quarantinedNow: readonly QuarantinedRow[] = []): void {
  const state = useRecordsStore.getState();
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
  useRecordsStore.setState({ records, entries: [...records.values()].map(entryOf), quarantined, highestNumber });
}

/** Takes records out of the library (moved to the Trash, here or in another tab). */
export function applyRemoved(ids: readonly string[]): void {
  const state = useRecordsStore.getState();
  if (!ids.some((id) => state.records.has(id as RecordId))) return;
  const records = new Map(state.records);
  for (const id of ids) records.delete(id as RecordId);
  useRecordsStore.setState({ records, entries: [...records.values()].map(entryOf) });
}

export function applyStoreEvent(event: StoreEvent): void {
  switch (event.kind) {
    case 'blocked':
      useRecordsStore.setState({ storage: { kind: 'blocked' } });
      return;
    case 'versionchange':
      connection = null;
      useRecordsStore.setState({ storage: { kind: 'updated' } });
      return;
    case 'closed':
      connection = null;
      useRecordsStore.setState({ storage: { kind: 'failed', failure: 'closed' } });
      return;
  }
}

export const selectView = (s: RecordsState) => s.view;
/** True once the library has been read, so browser storage is open (or has failed for good). */
export const selectStorageReady = (s: RecordsState) => s.loaded;

export type { Status };
