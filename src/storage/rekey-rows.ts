import type { DecisionRecord } from '../domain/record/record';
import { completion, request } from './idb-promises';
import { STORES } from './schema';
import { putSummary } from './summary-rows';

/** A row to move to the key its (repaired) id now reads as. */
export interface KeyMove {
  readonly from: IDBValidKey;
  readonly to: string;
  readonly value: unknown;
  readonly record?: DecisionRecord;
}

/**
 * Rows stored under an id from before ids had a format move to the repaired id
 * their record now reads with (record format v4), value untouched, in one
 * transaction (a record with its summary); a key already taken is left where it is. Returns the keys that
 * stayed. If the move fails, the rows stay readable under their old keys and
 * the next read tries again.
 */
export async function rekeyRows(db: IDBDatabase, name: string, moves: readonly KeyMove[]): Promise<Set<IDBValidKey>> {
  const stuck = new Set<IDBValidKey>();
  try {
    const records = name === STORES.records;
    const tx = db.transaction(records ? [name, STORES.summaries] : name, 'readwrite');
    const done = completion(tx);
    const store = tx.objectStore(name);
    for (const move of moves) {
      if ((await request<unknown>(store.get(move.to))) !== undefined) {
        stuck.add(move.from);
        continue;
      }
      store.put(move.value, move.to);
      store.delete(move.from);
      if (records && move.record) putSummary(tx.objectStore(STORES.summaries), move.record);
    }
    await done;
  } catch {
    // Still readable where they are.
  }
  return stuck;
}
