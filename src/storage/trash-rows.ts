import type { RecordId } from '../domain/record/record';
import { checkRecord } from '../domain/record/readable';
import { isExpired, TrashEntrySchema, type TrashEntry } from '../domain/trash';
import { err, ok } from '../domain/result';
import { completion, request } from './idb-promises';
import { parseRow } from './parse-row';
import type { SaveResult, TrashResult } from './record-store';
import { STORES } from './schema';
import { putSummary } from './summary-rows';
import { classifyStorageError, type ReadResult, type WriteResult } from './storage-errors';

/**
 * Deletes a record and keeps it in the Trash, in one transaction: both happen or
 * neither. Compared on the save count like a save, so another tab's newer version is never thrown away.
 */
export async function moveToTrash(db: IDBDatabase, id: RecordId, expected: number, deletedAt: string): Promise<TrashResult> {
  try {
    const tx = db.transaction([STORES.records, STORES.summaries, STORES.trash], 'readwrite');
    const done = completion(tx);
    const raw: unknown = await request(tx.objectStore(STORES.records).get(id));
    const parsed = raw === undefined ? null : parseRow(id, raw);
    let refusal: TrashResult | null = null;
    if (parsed === null) refusal = { kind: 'conflict', id, stored: null };
    else if (!parsed.ok) refusal = { kind: 'quarantined', id };
    else if (parsed.value.saveCount !== expected) refusal = { kind: 'conflict', id, stored: parsed.value };
    if (refusal || !parsed?.ok) {
      tx.abort();
      await done.catch(() => undefined);
      return refusal ?? { kind: 'conflict', id, stored: null };
    }
    const entry: TrashEntry = { record: parsed.value, deletedAt, origin: { kind: 'browser' } };
    tx.objectStore(STORES.records).delete(id);
    tx.objectStore(STORES.summaries).delete(id);
    tx.objectStore(STORES.trash).put(entry, id);
    await done;
    return { kind: 'trashed', entry };
  } catch (error) {
    return { kind: 'failed', failure: classifyStorageError(error) };
  }
}

/** Keeps a copy of a record deleted elsewhere (a folder file) in the Trash. */
export async function putInTrash(db: IDBDatabase, entry: TrashEntry): Promise<WriteResult> {
  try {
    const tx = db.transaction(STORES.trash, 'readwrite');
    const done = completion(tx);
    tx.objectStore(STORES.trash).put(entry, entry.record.id);
    await done;
    return ok();
  } catch (error) {
    return err(classifyStorageError(error));
  }
}

/** Every Trash entry that parses; one that does not stays stored, untouched. */
export async function listTrash(db: IDBDatabase): Promise<ReadResult<TrashEntry[]>> {
  try {
    const values = await request<unknown[]>(db.transaction(STORES.trash, 'readonly').objectStore(STORES.trash).getAll());
    const entries = values.flatMap((v) => {
      const parsed = TrashEntrySchema.safeParse(v);
      return parsed.success ? [parsed.data] : [];
    });
    return ok(entries);
  } catch (error) {
    return err(classifyStorageError(error));
  }
}

/**
 * Takes a record out of the Trash. With `intoBrowser` it goes back into the records
 * store in the same transaction; a record with that id already there is a conflict
 * and nothing moves. Without it the entry is only removed (it went back to its folder).
 */
export async function takeFromTrash(db: IDBDatabase, id: RecordId, intoBrowser: boolean): Promise<SaveResult> {
  try {
    if (intoBrowser) {
      // The write gate (checkRecord), as for every save: nothing goes in that a reload would refuse.
      const stored = await request<unknown>(db.transaction(STORES.trash, 'readonly').objectStore(STORES.trash).get(id));
      const entry = TrashEntrySchema.safeParse(stored);
      const checked = entry.success ? checkRecord({ ...entry.data.record, saveCount: entry.data.record.saveCount + 1 }) : null;
      if (checked && !checked.ok) return { kind: 'refused', id, reason: checked.error };
    }
    const tx = db.transaction([STORES.records, STORES.summaries, STORES.trash], 'readwrite');
    const done = completion(tx);
    const raw: unknown = await request(tx.objectStore(STORES.trash).get(id));
    const parsed = TrashEntrySchema.safeParse(raw);
    const present: unknown = intoBrowser ? await request(tx.objectStore(STORES.records).get(id)) : undefined;
    if (!parsed.success || present !== undefined) {
      tx.abort();
      await done.catch(() => undefined);
      return { kind: 'conflict', id, stored: null };
    }
    const record = { ...parsed.data.record, saveCount: parsed.data.record.saveCount + 1 };
    if (intoBrowser) {
      tx.objectStore(STORES.records).put(record, id);
      putSummary(tx.objectStore(STORES.summaries), record);
    }
    tx.objectStore(STORES.trash).delete(id);
    await done;
    return { kind: 'saved', records: intoBrowser ? [record] : [] };
  } catch (error) {
    return { kind: 'failed', failure: classifyStorageError(error) };
  }
}

/** Deletes the entries whose 30 days are over; returns how many went. */
export async function purgeTrash(db: IDBDatabase, now: string): Promise<ReadResult<number>> {
  const listed = await listTrash(db);
  if (!listed.ok) return listed;
  const expired = listed.value.filter((e) => isExpired(e, now));
  if (expired.length === 0) return ok(0);
  try {
    const tx = db.transaction(STORES.trash, 'readwrite');
    const done = completion(tx);
    for (const entry of expired) tx.objectStore(STORES.trash).delete(entry.record.id);
    await done;
    return ok(expired.length);
  } catch (error) {
    return err(classifyStorageError(error));
  }
}
