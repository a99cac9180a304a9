import type { DecisionRecord } from '../record/record';
import { currentRevision } from '../record/record';

/**
 * The highest number Forkpoint hands out (nine digits). A number above it (an
 * imported record's, say 2^53 − 1) is kept on its record but never counted from,
 * so no number handed out can run past the safe-integer range.
 */
export const MAX_ASSIGNED_NUMBER = 999_999_999;

/** Whether `n` lies in the range numbers are handed out from. */
export const isAssignableNumber = (n: number): boolean => Number.isSafeInteger(n) && n >= 1 && n <= MAX_ASSIGNED_NUMBER;

/**
 * The next human-facing number for a record: one above every number in use and
 * every number ever handed out (`highestEverAssigned`), so a deleted record's
 * number is never given to another. Numbers above `MAX_ASSIGNED_NUMBER` are not
 * counted from.
 */
export function assignNumber(existingNumbers: Iterable<number | null>, highestEverAssigned = 0): number {
  let highest = isAssignableNumber(highestEverAssigned) ? highestEverAssigned : 0;
  for (const n of existingNumbers) if (n !== null && isAssignableNumber(n) && n > highest) highest = n;
  return highest + 1;
}

/** Lower-case ASCII words joined by dashes; "decision" when nothing is left. */
export function kebab(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, maxLength).replace(/-+$/, '');
  return cut || 'decision';
}

/** `NNNN-kebab-title` without extension; the record must have its number. */
export function recordBaseName(record: DecisionRecord): string {
  const number = record.number ?? 0;
  return `${String(number).padStart(4, '0')}-${kebab(currentRevision(record).session.framing.componentName)}`;
}
