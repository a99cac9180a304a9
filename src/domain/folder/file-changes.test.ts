import { describe, expect, it } from 'vitest';
import { fileChanges } from './file-changes';

describe('fileChanges', () => {
  it('lists the lines removed and added, leaving the data block out', () => {
    const before = 'status: proposed\n# Title\n\nSame line\n<!-- forkpoint-record\n{"a":1}\n-->';
    const after = 'status: accepted\n# Title\n\nSame line\nA new line\n<!-- forkpoint-record\n{"a":2}\n-->';
    expect(fileChanges(before, after)).toEqual([
      { kind: 'removed', line: 'status: proposed' },
      { kind: 'added', line: 'status: accepted' },
      { kind: 'added', line: 'A new line' },
    ]);
  });

  it('counts repeated lines, and finds nothing between equal texts', () => {
    expect(fileChanges('x\nx\ny', 'x\ny')).toEqual([{ kind: 'removed', line: 'x' }]);
    expect(fileChanges('a\nb', 'a\nb')).toEqual([]);
  });
});
