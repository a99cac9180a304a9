import type { RecordLookup } from '../../domain/export/extra-sections';
import { assignNumber } from '../../domain/export/file-name';
import type { DecisionRecord, RecordId } from '../../domain/record/record';
import { currentRevision } from '../../domain/record/record';
import { err, ok, type Result } from '../../domain/result';
import { highestNumberEverAssigned } from '../../store/records-actions';
import { applySaved, getConnection, useRecordsStore } from '../../store/records-store';

export type Numbered = Result<readonly DecisionRecord[], string>;

/**
 * Gives every record that has none its human-facing number, one above the highest
 * in the library, and stores them in one transaction (compared-and-set, so a
 * record another tab changed meanwhile is not overwritten).
 */
export async function ensureNumbers(records: readonly DecisionRecord[]): Promise<Numbered> {
  const library = [...useRecordsStore.getState().records.values()];
  let next = assignNumber(library.map((r) => r.number), highestNumberEverAssigned()) - 1;
  const missing = records.filter((r) => r.number === null);
  if (missing.length === 0) return ok(records);
  const numbered = new Map<RecordId, DecisionRecord>(missing.map((r) => [r.id, { ...r, number: ++next }]));
  const store = getConnection();
  if (store) {
    const result = await store.save([...numbered.values()].map((record) => ({ record, expected: record.saveCount })));
    if (result.kind !== 'saved') {
      return err(result.kind === 'conflict' ? 'Another tab changed this decision a moment ago: try the export again.' : 'The record’s number could not be stored, so nothing was exported.');
    }
    applySaved(result.records);
    for (const saved of result.records) numbered.set(saved.id, saved);
  }
  return ok(records.map((r) => numbered.get(r.id) ?? r));
}

/** How the Markdown names other records: by number and title, from the library. */
export function libraryLookup(): RecordLookup {
  const { records } = useRecordsStore.getState();
  return (id: RecordId) => {
    const record = records.get(id);
    return record ? { number: record.number, componentName: currentRevision(record).session.framing.componentName } : undefined;
  };
}

export type ImportOutcome = Result<number, string>;

/** Stores imported records in one transaction: all of them, or none. */
export async function storeImported(records: readonly DecisionRecord[]): Promise<ImportOutcome> {
  const store = getConnection();
  if (!store) return err('Browser storage is not available, so nothing was imported. Your files are unchanged.');
  // expected 0: each must be new; if another tab stored the same id meanwhile, the whole import is refused.
  const result = await store.save(records.map((record) => ({ record, expected: 0 })));
  switch (result.kind) {
    case 'saved':
      applySaved(result.records);
      return ok(result.records.length);
    case 'conflict':
    case 'quarantined':
      return err('A record with the same id appeared in your library meanwhile (another tab?). Nothing was imported.');
    case 'refused':
      return err(`Nothing was imported: the record ${result.id} would not read back once stored. ${result.reason}`);
    case 'failed':
      return err(`Nothing was imported: the browser refused to store the records (${result.failure}).`);
  }
}
