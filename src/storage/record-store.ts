import type { DecisionRecord, RecordId } from '../domain/record/record';
import type { Draft } from '../domain/record/draft';
import type { Result } from '../domain/result';
import type { RecordSummary } from '../domain/record/summary';
import type { OpenFailure } from './open-database';
import type { TrashEntry } from '../domain/trash';
import type { RememberedFolder } from './folder-memory';
import type { NewestRecords } from './newest-rows';
import type { QuarantinedRow } from './parse-row';
import type { ReadResult, StorageFailure, WriteResult } from './storage-errors';

/** Every stored record that parsed, and every row that did not. */
export interface StoredLibrary {
  readonly records: readonly DecisionRecord[];
  readonly quarantined: readonly QuarantinedRow[];
}

/** What the library lists: a summary of every stored record that has one or parses, and every row that does not parse. */
export interface SummaryLibrary {
  readonly summaries: readonly RecordSummary[];
  readonly quarantined: readonly QuarantinedRow[];
}

/** The drafts waiting in this browser (one per session id) and how many rows could not be read as one. */
export interface StoredDrafts {
  readonly drafts: readonly Draft[];
  readonly unreadable: number;
}

/** A record to write, and the save count the caller last saw stored (0 for a record never saved). */
export interface RecordChange {
  readonly record: DecisionRecord;
  readonly expected: number;
}

export type SaveResult =
  /** The transaction committed: these are the records as stored, save counts bumped. */
  | { readonly kind: 'saved'; readonly records: readonly DecisionRecord[] }
  /** Another tab saved first (or the record is gone): nothing was written. */
  | { readonly kind: 'conflict'; readonly id: RecordId; readonly stored: DecisionRecord | null }
  /** The record would not read back (too large, too deep, a value out of range): nothing was written. */
  | { readonly kind: 'refused'; readonly id: RecordId; readonly reason: string }
  /** The stored row could not be read; it is never overwritten. */
  | { readonly kind: 'quarantined'; readonly id: RecordId }
  | { readonly kind: 'failed'; readonly failure: StorageFailure };

/** Outcome of moving a browser record to the Trash: the same refusals as a save. */
export type TrashResult = { readonly kind: 'trashed'; readonly entry: TrashEntry } | Exclude<SaveResult, { kind: 'saved' }>;

/** Something the connection went through that the UI must tell the user about. */
export type StoreEvent =
  /** Opening waits for another tab that holds an older version open. */
  | { readonly kind: 'blocked' }
  /** Another tab is upgrading the database: this one flushed and closed its connection. */
  | { readonly kind: 'versionchange' }
  /** The browser closed the connection (site data cleared, disk error). */
  | { readonly kind: 'closed' };

/**
 * `highestNumber`: the highest human-facing record number ever stored, kept by
 * `save` in the same transaction, so a number is never handed out twice even if
 * its record later becomes unreadable or is removed. `spendLines`: the portfolio's
 * hand-added spend, as JSON with its own version (src/domain/portfolio/spend-lines.ts).
 */
export type MetaKey = 'persistAsked' | 'lastExportAt' | 'highestNumber' | 'spendLines';

/** The one interface the app uses to keep records; only src/storage implements it. */
export interface RecordStore {
  /** Every record in full: for exporting or reviewing the whole library, not for listing it. */
  list(): Promise<ReadResult<StoredLibrary>>;
  /**
   * What the library lists, from the summaries kept beside the records. A summary
   * missing, damaged, made the old way or lagging its record's save count is made
   * again from the record (and stored); a record that does not parse is quarantined as in `list`.
   */
  listSummaries(): Promise<ReadResult<SummaryLibrary>>;
  /** How many records are stored, and the `count` newest read whole (by their summaries): a large library's first screen, before `listSummaries`. */
  listNewest(count: number): Promise<ReadResult<NewestRecords>>;
  /** Reads some rows (absent ones are left out), parsed like `list`. */
  getMany(ids: readonly string[]): Promise<ReadResult<StoredLibrary>>;
  /** Writes every change in one transaction, each compared-and-set on its save count: all or nothing. */
  save(changes: readonly RecordChange[]): Promise<SaveResult>;
  saveDraft(draft: Draft): Promise<WriteResult>;
  /** Every stored draft that parses, the most recently saved first; the others stay stored and are counted. */
  listDrafts(): Promise<ReadResult<StoredDrafts>>;
  clearDraft(sessionId: string): Promise<WriteResult>;
  getMeta(key: MetaKey): Promise<ReadResult<string | null>>;
  setMeta(key: MetaKey, value: string): Promise<WriteResult>;
  /** Deletes a record into the Trash (kept 30 days), compared on its save count like a save. */
  moveToTrash(id: RecordId, expected: number, deletedAt: string): Promise<TrashResult>;
  /** Keeps a copy of a record deleted from a folder. */
  putInTrash(entry: TrashEntry): Promise<WriteResult>;
  listTrash(): Promise<ReadResult<TrashEntry[]>>;
  /** Takes a record out of the Trash, back into this browser's library (`intoBrowser`) or only out (it went back to its folder). */
  takeFromTrash(id: RecordId, intoBrowser: boolean): Promise<SaveResult>;
  /** Deletes the Trash entries older than 30 days. */
  purgeTrash(now: string): Promise<ReadResult<number>>;
  loadRememberedFolder(): Promise<ReadResult<RememberedFolder | null>>;
  rememberFolder(folder: RememberedFolder | null): Promise<WriteResult>;
  /** Called with the ids of records changed by this tab (`remote` false) or another one (`remote` true). */
  subscribe(listener: (ids: readonly string[], remote: boolean) => void): () => void;
  close(): void;
}

export type OpenResult = Result<RecordStore, OpenFailure>;
