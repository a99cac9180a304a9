import { DATA_BLOCK_START } from '../adr/data-block';

export interface LineChange {
  readonly kind: 'added' | 'removed';
  readonly line: string;
}

/**
 * The readable lines that differ between two versions of a file (the data block
 * is left out: it repeats the same facts as JSON). Lines are compared as a multiset,
 * which is enough to tell a person what moved; at most `limit` are returned.
 */
export function fileChanges(before: string, after: string, limit = 12): LineChange[] {
  const lines = (text: string) => {
    const cut = text.indexOf(DATA_BLOCK_START);
    return (cut < 0 ? text : text.slice(0, cut)).split(/\r?\n/).filter((l) => l.trim() !== '');
  };
  const count = (list: readonly string[]) => list.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const old = count(lines(before));
  const changes: LineChange[] = [];
  for (const line of lines(after)) {
    const left = old.get(line) ?? 0;
    if (left > 0) old.set(line, left - 1);
    else changes.push({ kind: 'added', line });
  }
  const removed = [...old.entries()].flatMap(([line, n]) => Array.from({ length: n }, () => ({ kind: 'removed' as const, line })));
  return [...removed, ...changes].slice(0, limit);
}
