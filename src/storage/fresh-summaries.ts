import type { RecordSummary } from '../domain/record/summary';
import { request } from './idb-promises';
import { STORES } from './schema';
import { BY_SAVE_COUNT, parseSummary } from './summary-rows';

/**
 * The keys of every stored record, and the summaries among those stored that are
 * current: each checked against the save count its record has now, read from the
 * index, not from the record. Each transaction issues all its requests at once (a
 * transaction waiting on the page between two requests would have committed): the
 * keys and summaries first, then the index by the save counts those summaries name.
 * A record saved in between lags its summary and is read whole, as a stale one is.
 */
export async function freshSummaries(db: IDBDatabase): Promise<[IDBValidKey[], Map<IDBValidKey, RecordSummary>]> {
  const first = db.transaction([STORES.records, STORES.summaries], 'readonly');
  const [keys, stored] = await Promise.all([request(first.objectStore(STORES.records).getAllKeys()), request<unknown[]>(first.objectStore(STORES.summaries).getAll())]);
  const parsed = stored.flatMap((raw) => parseSummary(raw) ?? []);
  // Save counts repeat a lot (most records are saved a few times): one request per distinct count.
  const counts = [...new Set(parsed.map((s) => s.saveCount))];
  const index = db.transaction(STORES.records, 'readonly').objectStore(STORES.records).index(BY_SAVE_COUNT);
  const holders = await Promise.all(counts.map(async (count) => [count, new Set(await request(index.getAllKeys(count)))] as const));
  const withCount = new Map(holders);
  const fresh = new Map<IDBValidKey, RecordSummary>();
  for (const summary of parsed) if (withCount.get(summary.saveCount)?.has(summary.id)) fresh.set(summary.id, summary);
  return [keys, fresh];
}
