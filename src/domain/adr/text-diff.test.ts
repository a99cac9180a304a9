import { describe, expect, it } from 'vitest';
import { textDiff } from './text-diff';

describe('textDiff', () => {
  it('shows the changed lines with their neighbours and folds the rest', () => {
    const before = ['# A', '', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'].join('\n');
    const after = ['# A', '', 'one', 'two', 'three', 'four', 'five', 'SIX', 'seven', 'eight'].join('\n');
    expect(textDiff(before, after, 1)).toEqual([
      { kind: 'gap', lines: 6 },
      { kind: 'same', line: 'five' },
      { kind: 'removed', line: 'six' },
      { kind: 'added', line: 'SIX' },
      { kind: 'same', line: 'seven' },
      { kind: 'added', line: 'eight' },
    ]);
  });

  it('gives nothing but a gap for an unchanged text', () => {
    expect(textDiff('a\nb', 'a\nb')).toEqual([{ kind: 'gap', lines: 2 }]);
  });
});
