import { readSpendLines, writeSpendLines, type SpendLine } from '../domain/portfolio/spend-lines';
import { getConnection } from './records-store';

export type SpendLinesRead = { readonly ok: true; readonly lines: SpendLine[] } | { readonly ok: false; readonly message: string };

/** The portfolio's hand-added spend lines, as stored; an unreadable list is reported, never replaced. */
export async function loadSpendLines(): Promise<SpendLinesRead> {
  const store = getConnection();
  if (!store) return { ok: false, message: 'Browser storage is not open, so the spend lines cannot be read.' };
  const stored = await store.getMeta('spendLines');
  if (!stored.ok) return { ok: false, message: 'The spend lines could not be read from browser storage.' };
  return readSpendLines(stored.value);
}

/** Writes the whole list; returns a message when storage refused it. */
export async function saveSpendLines(lines: readonly SpendLine[]): Promise<string | null> {
  const store = getConnection();
  if (!store) return 'Browser storage is not open: the spend lines were not saved.';
  const written = await store.setMeta('spendLines', writeSpendLines(lines));
  return written.ok ? null : 'Browser storage refused the spend lines: export the portfolio to keep them.';
}
