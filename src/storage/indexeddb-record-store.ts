import { checkRecord } from '../domain/record/readable';
import type { DecisionRecord } from '../domain/record/record';
import type { Draft } from '../domain/record/draft';
import { restoreDraft } from '../domain/record/restore';
import { err, ok } from '../domain/result';
import { createChangeFeed, type ChangeFeed } from './change-feed';
import { completion, request } from './idb-promises';
import type { KeyMove } from './rekey-rows';
import { openDatabase, type OpenOptions } from './open-database';
import { parseRow, type QuarantinedRow } from './parse-row';
import type { RecordId } from '../domain/record/record';
import type { TrashEntry } from '../domain/trash';
import { loadRememberedFolder, rememberFolder, type RememberedFolder } from './folder-memory';
import type { MetaKey, OpenResult, RecordChange, RecordStore, SaveResult, StoreEvent, StoredDrafts, StoredLibrary, SummaryLibrary, TrashResult } from './record-store';
import { freshSummaries } from './fresh-summaries';
import { newestRecords, type NewestRecords } from './newest-rows';
import { putSummary } from './summary-rows';
import { summarize, type RecordSummary } from '../domain/record/summary';
import { listTrash, moveToTrash, purgeTrash, putInTrash, takeFromTrash } from './trash-rows';
import { DB_NAME, STORES } from './schema';
import { classifyStorageError, type ReadResult, type WriteResult } from './storage-errors';

export interface RecordStoreOptions extends OpenOptions {
  /** Told when the connection is blocked, taken over by an upgrade in another tab, or closed by the browser. */
  readonly onEvent?: (event: StoreEvent) => void;
  /** Runs before this tab closes its connection for another tab's upgrade: flush the draft here. */
  readonly beforeClose?: () => Promise<void> | void;
}

/** Opens the records database; storage that cannot be used comes back as a typed failure. */
export async function openRecordStore(options: RecordStoreOptions = {}): Promise<OpenResult> {
  const opened = await openDatabase({ ...options, onBlocked: () => options.onEvent?.({ kind: 'blocked' }) });
  if (!opened.ok) return opened;
  const db = opened.value;
  const feed = createChangeFeed(options.name ?? DB_NAME);
  db.onversionchange = () => {
    void (async () => {
      try {
        await options.beforeClose?.();
      } finally {
        db.close();
        options.onEvent?.({ kind: 'versionchange' });
      }
    })();
  };
  db.onclose = () => options.onEvent?.({ kind: 'closed' });
  return ok(new IndexedDbRecordStore(db, feed));
}


/** Thrown inside a save to abort its transaction with a typed result. */
class ConflictAbort extends Error {
  constructor(readonly result: SaveResult) {
    super(result.kind);
  }
}

class IndexedDbRecordStore implements RecordStore {
  constructor(
    private readonly db: IDBDatabase,
    private readonly feed: ChangeFeed,
  ) {}

  async list(): Promise<ReadResult<StoredLibrary>> {
    return this.read(async () => {
      const tx = this.db.transaction(STORES.records, 'readonly');
      const store = tx.objectStore(STORES.records);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      return this.parseRecordRows(keys, values);
    });
  }

  async listSummaries(): Promise<ReadResult<SummaryLibrary>> {
    return this.read(async () => {
      const [keys, fresh] = await freshSummaries(this.db);
      // Only rows without a current summary are read whole: those written without one (by another program), stale ones, and those that do not parse (read again every time, so they stay listed as quarantined).
      const unsummarised = keys.filter((key) => !fresh.has(key));
      const read = this.db.transaction(STORES.records, 'readonly').objectStore(STORES.records);
      const values = await Promise.all(unsummarised.map((key) => request<unknown>(read.get(key))));
      const summaries: RecordSummary[] = [];
      for (const key of keys) {
        const summary = fresh.get(key);
        if (summary) summaries.push(summary);
      }
      // Gone since the keys were read (moved to the Trash by another tab): not listed.
      const present = unsummarised.filter((_, i) => values[i] !== undefined);
      const { records: rebuilt, quarantined } = await this.parseRecordRows(present, values.filter((value) => value !== undefined));
      // Made again in memory only: listing never writes. The stored summary is replaced by the record's next save.
      return { summaries: [...summaries, ...rebuilt.map(summarize)], quarantined };
    });
  }

  /**
   * Record rows as read: parsed, quarantined when they do not parse, moved to their repaired
   * key when stored under an id from before the id format.
   */
  private async parseRecordRows(keys: readonly IDBValidKey[], values: readonly unknown[]): Promise<{ records: DecisionRecord[]; quarantined: QuarantinedRow[] }> {
    const records: DecisionRecord[] = [];
    const quarantined: QuarantinedRow[] = [];
    const moves: KeyMove[] = [];
    keys.forEach((key, i) => {
      const parsed = parseRow(key, values[i]);
      if (!parsed.ok) quarantined.push(parsed.error);
      else if (parsed.value.id === key) records.push(parsed.value);
      else moves.push({ from: key, to: parsed.value.id, value: values[i], record: parsed.value });
    });
    const stuck = await this.rekey(STORES.records, moves);
    for (const move of moves) {
      if (stuck.has(move.from)) quarantined.push(stuckRow(move));
      else if (move.record) records.push(move.record);
    }
    return { records, quarantined };
  }

  /** Rows under ids from before the id format move to their repaired keys (rekey-rows.ts, loaded only when there are any). */
  private async rekey(name: string, moves: readonly KeyMove[]): Promise<Set<IDBValidKey>> {
    if (moves.length === 0) return new Set();
    const { rekeyRows } = await import('./rekey-rows');
    return rekeyRows(this.db, name, moves);
  }

  listNewest(count: number): Promise<ReadResult<NewestRecords>> {
    return this.read(() => newestRecords(this.db, count));
  }

  async getMany(ids: readonly string[]): Promise<ReadResult<StoredLibrary>> {
    return this.read(async () => {
      const store = this.db.transaction(STORES.records, 'readonly').objectStore(STORES.records);
      const values = await Promise.all(ids.map((id) => request<unknown>(store.get(id))));
      const records: DecisionRecord[] = [];
      const quarantined: QuarantinedRow[] = [];
      ids.forEach((id, i) => {
        if (values[i] === undefined) return;
        const parsed = parseRow(id, values[i]);
        if (parsed.ok) records.push(parsed.value);
        else quarantined.push(parsed.error);
      });
      return { records, quarantined };
    });
  }

  async save(changes: readonly RecordChange[]): Promise<SaveResult> {
    // The write gate: every record passes the check a read applies, before the transaction starts.
    for (const { record, expected } of changes) {
      const checked = checkRecord({ ...record, saveCount: expected + 1 });
      if (!checked.ok) return { kind: 'refused', id: record.id, reason: checked.error };
    }
    let tx: IDBTransaction;
    try {
      tx = this.db.transaction([STORES.records, STORES.summaries, STORES.meta], 'readwrite');
    } catch (error) {
      return { kind: 'failed', failure: classifyStorageError(error) };
    }
    const done = completion(tx);
    const store = tx.objectStore(STORES.records);
    const summaries = tx.objectStore(STORES.summaries);
    const written: DecisionRecord[] = [];
    try {
      // Every stored row asked for at once (an import of 1,000 records waited on 1,000 round trips one by one).
      const stored = await Promise.all(changes.map(({ record }) => request<unknown>(store.get(record.id))));
      // A record written earlier in this batch is what a later change of the same id compares against.
      const writtenHere = new Map<string, DecisionRecord>();
      changes.forEach(({ record, expected }, i) => {
        const current = writtenHere.get(record.id) ?? storedRecord(record.id, stored[i]);
        if (current === 'unreadable') throw new ConflictAbort({ kind: 'quarantined', id: record.id });
        if ((current?.saveCount ?? 0) !== expected) throw new ConflictAbort({ kind: 'conflict', id: record.id, stored: current });
        const next = { ...record, saveCount: expected + 1 };
        store.put(next, record.id);
        putSummary(summaries, next);
        writtenHere.set(record.id, next);
        written.push(next);
      });
      await keepHighestNumber(tx.objectStore(STORES.meta), written);
      await done;
    } catch (error) {
      // Nothing of a failed batch may commit: abort whatever the reason.
      safeAbort(tx);
      if (error instanceof ConflictAbort) {
        await done.catch(() => undefined);
        return error.result;
      }
      // A failed put rejects its request with AbortError; the transaction's error says why.
      const reason = await done.then(
        () => error,
        (txError: unknown) => txError ?? error,
      );
      return { kind: 'failed', failure: classifyStorageError(reason) === 'unknown' ? classifyStorageError(error) : classifyStorageError(reason) };
    }
    this.feed.publish(written.map((r) => r.id));
    return { kind: 'saved', records: written };
  }

  saveDraft(draft: Draft): Promise<WriteResult> {
    return this.write(STORES.drafts, (store) => store.put(draft, draft.session.id));
  }

  async listDrafts(): Promise<ReadResult<StoredDrafts>> {
    return this.read(async () => {
      const store = this.db.transaction(STORES.drafts, 'readonly').objectStore(STORES.drafts);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request<unknown[]>(store.getAll())]);
      // A draft that does not parse stays stored (it is never deleted here) but is not offered.
      const restored = values.map((v: unknown) => restoreDraft(v));
      const drafts = restored.filter((d): d is Draft => d !== null);
      // Keyed by session id, so clearDraft finds a draft whose session id was repaired (record format v4).
      await this.rekey(STORES.drafts, restored.flatMap((d, i) => (d && keys[i] !== undefined && d.session.id !== keys[i] ? [{ from: keys[i], to: d.session.id, value: values[i] }] : [])));
      // ISO timestamps in UTC sort as text; no collation needed.
      return { drafts: drafts.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0)), unreadable: values.length - drafts.length };
    });
  }

  clearDraft(sessionId: string): Promise<WriteResult> {
    return this.write(STORES.drafts, (store) => store.delete(sessionId));
  }

  async getMeta(key: MetaKey): Promise<ReadResult<string | null>> {
    return this.read(async () => {
      const value: unknown = await request(this.db.transaction(STORES.meta, 'readonly').objectStore(STORES.meta).get(key));
      return typeof value === 'string' ? value : null;
    });
  }

  setMeta(key: MetaKey, value: string): Promise<WriteResult> {
    return this.write(STORES.meta, (store) => store.put(value, key));
  }

  async moveToTrash(id: RecordId, expected: number, deletedAt: string): Promise<TrashResult> {
    const result = await moveToTrash(this.db, id, expected, deletedAt);
    if (result.kind === 'trashed') this.feed.publish([id]);
    return result;
  }

  putInTrash(entry: TrashEntry): Promise<WriteResult> {
    return putInTrash(this.db, entry);
  }

  listTrash(): Promise<ReadResult<TrashEntry[]>> {
    return listTrash(this.db);
  }

  async takeFromTrash(id: RecordId, intoBrowser: boolean): Promise<SaveResult> {
    const result = await takeFromTrash(this.db, id, intoBrowser);
    if (result.kind === 'saved' && intoBrowser) this.feed.publish([id]);
    return result;
  }

  purgeTrash(now: string): Promise<ReadResult<number>> {
    return purgeTrash(this.db, now);
  }

  loadRememberedFolder(): Promise<ReadResult<RememberedFolder | null>> {
    return loadRememberedFolder(this.db);
  }

  rememberFolder(folder: RememberedFolder | null): Promise<WriteResult> {
    return rememberFolder(this.db, folder);
  }

  subscribe(listener: (ids: readonly string[], remote: boolean) => void): () => void {
    return this.feed.subscribe(listener);
  }

  close(): void {
    this.feed.close();
    this.db.close();
  }

  private async read<T>(run: () => Promise<T>): Promise<ReadResult<T>> {
    try {
      return ok(await run());
    } catch (error) {
      return err(classifyStorageError(error));
    }
  }

  private async write(name: string, run: (store: IDBObjectStore) => IDBRequest): Promise<WriteResult> {
    try {
      const tx = this.db.transaction(name, 'readwrite');
      const done = completion(tx);
      run(tx.objectStore(name)).onerror = (event) => event.preventDefault();
      await done;
      return ok();
    } catch (error) {
      return err(classifyStorageError(error));
    }
  }
}

/** A stored row as a save compares against it: absent (null), unreadable, or the record. */
function storedRecord(id: string, raw: unknown): DecisionRecord | null | 'unreadable' {
  if (raw === undefined) return null;
  const parsed = parseRow(id, raw);
  return parsed.ok ? parsed.value : 'unreadable';
}

function stuckRow(move: KeyMove): QuarantinedRow {
  return { key: typeof move.from === 'string' ? move.from : JSON.stringify(move.from), reason: `Its id, repaired to “${move.to}”, is taken by another record.`, raw: move.value };
}

/** Raises the stored highest record number to the highest among `written`, in the save's own transaction. */
async function keepHighestNumber(meta: IDBObjectStore, written: readonly DecisionRecord[]): Promise<void> {
  const highest = Math.max(0, ...written.map((r) => r.number ?? 0));
  if (highest === 0) return;
  const stored = Number((await request<unknown>(meta.get('highestNumber' satisfies MetaKey))) ?? 0);
  if (!(stored >= highest)) meta.put(String(highest), 'highestNumber' satisfies MetaKey);
}

function safeAbort(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // The transaction already finished.
  }
}
