import { describe, expect, it } from 'vitest';
import { MAX_RECORD_NESTING } from '../record/readable';
import { readAdr } from './read-adr';
import { lineNestedPast } from './yaml-nesting';

const flow = (depth: number) => `a: ${'['.repeat(depth)}1${']'.repeat(depth)}`;
const blockMaps = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' leaf';
const compact = (depth: number) => `a:\n${'- '.repeat(depth)}x`;
const frontMatter = (yaml: string) => `---\n${yaml}\n---\n# Title\n`;

describe('lineNestedPast', () => {
  // The top map is a level: `a: [[1]]` nests three deep, `a:\n- - x` too.
  it.each([
    ['flow collections', (levels: number) => flow(levels - 1)],
    ['compact sequences', (levels: number) => compact(levels - 1)],
  ])('counts %s: at the limit it passes, one past it names the line', (_name, build) => {
    expect(lineNestedPast(build(MAX_RECORD_NESTING), MAX_RECORD_NESTING)).toBeNull();
    expect(lineNestedPast(build(MAX_RECORD_NESTING + 1), MAX_RECORD_NESTING)).not.toBeNull();
  });

  it('counts every column of indentation, so nested maps stop by the limit', () => {
    expect(lineNestedPast(blockMaps(MAX_RECORD_NESTING + 1), MAX_RECORD_NESTING)).toBe(MAX_RECORD_NESTING + 1);
    expect(lineNestedPast(blockMaps(MAX_RECORD_NESTING), MAX_RECORD_NESTING)).toBeNull();
  });

  it('does not count brackets inside quotes or comments, and an apostrophe in plain text opens no quote', () => {
    const brackets = '['.repeat(MAX_RECORD_NESTING + 5);
    expect(lineNestedPast(`title: "${brackets}"\nnote: '${brackets} it''s'\n# ${brackets}`, MAX_RECORD_NESTING)).toBeNull();
    // Were "don't" taken for a quote, the brackets after it would hide from the count.
    expect(lineNestedPast(`title: don't\n${flow(MAX_RECORD_NESTING)}`, MAX_RECORD_NESTING)).toBe(2);
  });

  it('follows flow collections across lines', () => {
    expect(lineNestedPast(`a: ${'[\n'.repeat(MAX_RECORD_NESTING)}1`, MAX_RECORD_NESTING)).toBe(MAX_RECORD_NESTING);
  });
});

describe('front matter nesting, read through readAdr', () => {
  it.each([
    ['flow collections 100,000 deep', flow(100_000)],
    ['block maps past the limit', blockMaps(MAX_RECORD_NESTING + 1)],
    ['compact sequences 5,000 deep', compact(5_000)],
  ])('refuses %s with a message and a line, before the parser sees it', (_name, yaml) => {
    const result = readAdr(frontMatter(yaml), 'deep.md');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(`nests more than ${MAX_RECORD_NESTING} levels`);
      expect(result.error.line).toBeGreaterThanOrEqual(2);
    }
  });

  it('reads front matter nested up to the limit', () => {
    const result = readAdr(frontMatter(`status: accepted\n${flow(MAX_RECORD_NESTING - 1)}`), 'ok.md');
    expect(result.ok && result.value.meta.status).toBe('accepted');
  });

  it('refuses an alias to a plain value too, by its own message', () => {
    const result = readAdr(frontMatter('a: &x accepted\nstatus: *x'), 'alias.md');
    expect(!result.ok && result.error.message).toMatch(/aliases/);
  });
});
