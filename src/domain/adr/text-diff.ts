import { diffLines } from 'diff';

/** One line of a line diff: kept as it was, added by the edit, or removed by it. */
export interface DiffLine {
  readonly kind: 'same' | 'added' | 'removed';
  readonly line: string;
}

/** A run of unchanged lines left out between the changes, so a long text shows what moved. */
export interface DiffGap {
  readonly kind: 'gap';
  readonly lines: number;
}

/**
 * What an edit changed, line by line (jsdiff's `diffLines`), with `context` unchanged
 * lines kept around each change and the longer unchanged runs folded into gaps.
 */
export function textDiff(before: string, after: string, context = 2): (DiffLine | DiffGap)[] {
  // Each text ends with a line break, so a last line is compared as a line like any other.
  const lines: DiffLine[] = diffLines(`${before}\n`, `${after}\n`).flatMap((change) => {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    return change.value.replace(/\n$/, '').split('\n').map((line) => ({ kind, line }));
  });
  const near = (i: number) => lines.slice(Math.max(0, i - context), i + context + 1).some((l) => l.kind !== 'same');
  const out: (DiffLine | DiffGap)[] = [];
  lines.forEach((line, i) => {
    if (line.kind !== 'same' || near(i)) return void out.push(line);
    const last = out.at(-1);
    if (last?.kind === 'gap') out[out.length - 1] = { kind: 'gap', lines: last.lines + 1 };
    else out.push({ kind: 'gap', lines: 1 });
  });
  return out;
}
