import { assignNumber } from '../../domain/export/file-name';
import type { DecisionRecord, RecordId } from '../../domain/record/record';
import { readSpendLines, writeSpendLines, type SpendLine } from '../../domain/portfolio/spend-lines';
import { err, ok, type Result } from '../../domain/result';
import type { RecordsContext } from './context';
import { applySaved } from './library';

export type Numbered = Result<readonly DecisionRecord[], string>;

/**
 * Gives every record that has none its human-facing number, one above the highest
 * in the library, and stores them in one transaction (compared-and-set, so a
 * record another tab changed meanwhile is not overwritten).
 */
export async function ensureNumbers(ctx: RecordsContext, records: readonly DecisionRecord[]): Promise<Numbered> {
  const state = ctx.records.getState();
  let next = assignNumber(state.entries.map((e) => e.number), state.highestNumber) - 1;
  const missing = records.filter((r) => r.number === null);
  if (missing.length === 0) return ok(records);
  const numbered = new Map<RecordId, DecisionRecord>(missing.map((r) => [r.id, { ...r, number: ++next }]));
  const store = ctx.connection;
  if (store) {
    const result = await store.save([...numbered.values()].map((record) => ({ record, expected: record.saveCount })));
    if (result.kind !== 'saved') {
      return err(result.kind === 'conflict' ? 'Another tab changed this decision a moment ago: try the export again.' : 'The record’s number could not be stored, so nothing was exported.');
    }
    applySaved(ctx, result.records);
    for (const saved of result.records) numbered.set(saved.id, saved);
  }
  return ok(records.map((r) => numbered.get(r.id) ?? r));
}

export type ImportOutcome = Result<number, string>;

/** Stores imported records in one transaction: all of them, or none. */
export async function storeImported(ctx: RecordsContext, records: readonly DecisionRecord[]): Promise<ImportOutcome> {
  const store = ctx.connection;
  if (!store) return err('Browser storage is not available, so nothing was imported. Your files are unchanged.');
  // expected 0: each must be new; if another tab stored the same id meanwhile, the whole import is refused.
  const result = await store.save(records.map((record) => ({ record, expected: 0 })));
  switch (result.kind) {
    case 'saved':
      applySaved(ctx, result.records);
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

export type SpendLinesRead = { readonly ok: true; readonly lines: SpendLine[] } | { readonly ok: false; readonly message: string };

/** The portfolio's hand-added spend lines, as stored; an unreadable list is reported, never replaced. */
export async function loadSpendLines(ctx: RecordsContext): Promise<SpendLinesRead> {
  const store = ctx.connection;
  if (!store) return { ok: false, message: 'Browser storage is not open, so the spend lines cannot be read.' };
  const stored = await store.getMeta('spendLines');
  if (!stored.ok) return { ok: false, message: 'The spend lines could not be read from browser storage.' };
  return readSpendLines(stored.value);
}

/** Writes the whole list; returns a message when storage refused it. */
export async function saveSpendLines(ctx: RecordsContext, lines: readonly SpendLine[]): Promise<string | null> {
  const store = ctx.connection;
  if (!store) return 'Browser storage is not open: the spend lines were not saved.';
  const written = await store.setMeta('spendLines', writeSpendLines(lines));
  return written.ok ? null : 'Browser storage refused the spend lines: export the portfolio to keep them.';
}
