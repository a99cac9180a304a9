import type { DecisionRecord } from '../record/record';
import { currentRevision } from '../record/record';

/**
 * The next human-facing number for a record: one above every number in use and
 * every number ever handed out (`highestEverAssigned`), so a deleted record's
 * number is never given to another.
 */
export function assignNumber(existingNumbers: Iterable<number | null>, highestEverAssigned = 0): number {
  let highest = highestEverAssigned;
  for (const n of existingNumbers) if (n !== null && n > highest) highest = n;
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
