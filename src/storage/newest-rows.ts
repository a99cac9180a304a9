import type { DecisionRecord } from '../domain/record/record';
import { request } from './idb-promises';
import { yieldToPage } from './page-yield';
import { parseRow } from './parse-row';
import { STORES } from './schema';
import { BY_UPDATED } from './summary-rows';

/** How many records are stored, and the newest few of them read whole. */
export interface NewestRecords {
  readonly total: number;
  /** Newest first, by their summaries' `updatedAt`. */
  readonly records: readonly DecisionRecord[];
}

/**
 * The `count` records whose summaries are the newest, read whole, and the number of
 * stored records: what a large library shows first. Only rows that parse under their
 * own key are returned; the full listing that follows quarantines or moves the others,
 * and lists the records that have no summary.
 */
export async function newestRecords(db: IDBDatabase, count: number): Promise<NewestRecords> {
  const tx = db.transaction([STORES.records, STORES.summaries], 'readonly');
  const records = tx.objectStore(STORES.records);
  const [total, keys] = await Promise.all([request(records.count()), newestKeys(tx.objectStore(STORES.summaries).index(BY_UPDATED), count)]);
  const values = await Promise.all(keys.map((key) => request<unknown>(records.get(key))));
  const newest: DecisionRecord[] = [];
  for (const [i, key] of keys.entries()) {
    // A whole record takes a few milliseconds to check: a few at a time, so the page paints and answers in between.
    if (i > 0 && i % PARSE_AT_ONCE === 0) await yieldToPage();
    const value = values[i];
    if (value === undefined) continue;
    const parsed = parseRow(key, value);
    if (parsed.ok && parsed.value.id === key) newest.push(parsed.value);
  }
  return { total, records: newest };
}

/**
 * Records checked per task: two. Lighthouse counts a task as blocking once its time times four (a
 * phone's slower CPU) passes 50 ms, so from about 12 ms here; four records, the first check's
 * warm-up among them, took 8-15 ms of CPU, more on a busy machine.
 */
const PARSE_AT_ONCE = 2;

/** The record keys of the `count` last entries of an index, last first; the summaries themselves are not read. */
function newestKeys(index: IDBIndex, count: number): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const keys: IDBValidKey[] = [];
    if (count <= 0) return resolve(keys);
    const cursor = index.openKeyCursor(null, 'prev');
    cursor.onerror = () => reject(cursor.error ?? new Error('The summaries index could not be read.'));
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return resolve(keys);
      keys.push(at.primaryKey);
      if (keys.length >= count) resolve(keys);
      else at.continue();
    };
  });
}
