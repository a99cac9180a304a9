import type { DecisionRecord } from '../domain/record/record';
import { RecordSummarySchema, summarize, type RecordSummary } from '../domain/record/summary';
import { request } from './idb-promises';
import { parseRow } from './parse-row';

/**
 * The records store's index on each row's save count. With it a summary's
 * freshness is checked against its record's key and count, without reading (and
 * deserialising) the record itself.
 */
export const BY_SAVE_COUNT = 'saveCount';

/**
 * The summaries store's index on each summary's `updatedAt` (schema version 5):
 * the library's first screen takes the newest few records from it, in the order
 * it shows them, without reading every summary.
 */
export const BY_UPDATED = 'updatedAt';

/** Writes a record's summary beside it: call it in the transaction that writes the record. */
export function putSummary(summaries: IDBObjectStore, record: DecisionRecord): void {
  summaries.put(summarize(record), record.id);
}

/** A stored summary as it parses, or null: one made the old way (SUMMARY_VERSION), damaged or missing is made again from its record. */
export function parseSummary(raw: unknown): RecordSummary | null {
  const parsed = RecordSummarySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Builds the summary of every readable row stored under its own id, inside the
 * upgrade transaction that adds the summaries store. Rows that do not parse get
 * none (they stay quarantined); rows under an id from before ids had a format
 * get theirs when the first list moves them to their repaired key.
 */
export async function buildSummaries(records: IDBObjectStore, summaries: IDBObjectStore): Promise<void> {
  const [keys, values] = await Promise.all([request(records.getAllKeys()), request<unknown[]>(records.getAll())]);
  keys.forEach((key, i) => {
    const parsed = parseRow(key, values[i]);
    if (parsed.ok && parsed.value.id === key) putSummary(summaries, parsed.value);
  });
}
