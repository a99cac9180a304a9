import type { RecordSummary } from '../domain/record/summary';
import { request } from './idb-promises';
import { yieldToPage } from './page-yield';
import { STORES } from './schema';
import { BY_SAVE_COUNT, parseSummary } from './summary-rows';

/** Summaries read and parsed per piece, between which the page handles input: a few milliseconds each. */
const PIECE = 250;

/**
 * The keys of every stored record, and the summaries among those stored that are
 * current: each checked against the save count its record has now, read from the
 * index, not from the record. The summaries are read and parsed a piece at a time,
 * each piece in its own transaction, so the page stays responsive; then the index is
 * read by the save counts those summaries name, its requests issued at once (a
 * transaction waiting on the page between two requests would have committed). A
 * record saved meanwhile lags its summary, or its summary was read after its key, and
 * is read whole, as a stale one is; one stored meanwhile is not among the keys, and
 * the change feed brings it.
 */
export async function freshSummaries(db: IDBDatabase): Promise<[IDBValidKey[], Map<IDBValidKey, RecordSummary>]> {
  const keys = await request(db.transaction(STORES.records, 'readonly').objectStore(STORES.records).getAllKeys());
  const parsed: RecordSummary[] = [];
  for (let after: IDBValidKey | null = null; ; await yieldToPage()) {
    const store = db.transaction(STORES.summaries, 'readonly').objectStore(STORES.summaries);
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const [pieceKeys, rows]: [IDBValidKey[], unknown[]] = await Promise.all([request(store.getAllKeys(range, PIECE)), request<unknown[]>(store.getAll(range, PIECE))]);
    for (const raw of rows) {
      const summary = parseSummary(raw);
      if (summary) parsed.push(summary);
    }
    if (pieceKeys.length < PIECE) break;
    after = pieceKeys[pieceKeys.length - 1] ?? null;
  }
  // Save counts repeat a lot (most records are saved a few times): one request per distinct count.
  const counts = [...new Set(parsed.map((s) => s.saveCount))];
  const index = db.transaction(STORES.records, 'readonly').objectStore(STORES.records).index(BY_SAVE_COUNT);
  const holders = await Promise.all(counts.map(async (count) => [count, new Set(await request(index.getAllKeys(count)))] as const));
  const withCount = new Map(holders);
  const fresh = new Map<IDBValidKey, RecordSummary>();
  for (const summary of parsed) if (withCount.get(summary.saveCount)?.has(summary.id)) fresh.set(summary.id, summary);
  return [keys, fresh];
}
