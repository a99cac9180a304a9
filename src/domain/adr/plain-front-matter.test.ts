import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { typicalRecord } from '../export/testing/typical-record';
import { writeFrontMatter } from './front-matter';
import { readPlainFrontMatter } from './plain-front-matter';
import { writeAdr } from './write-adr';

/** What the YAML parser makes of the text, as readFrontMatter asks it; undefined when it reports an error. */
function parsed(source: string): unknown {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 0 });
}

/** Read plain, the text gives what the parser gives: same values, kinds, prototypes, even -0 (a key `constructor` fools toStrictEqual). */
function expectParsedAlike(source: string): Record<string, unknown> | null {
  const plain = readPlainFrontMatter(source);
  if (plain !== null) expect(isDeepStrictEqual(plain, parsed(source)), `${JSON.stringify(source)} read as ${JSON.stringify(plain)}`).toBe(true);
  return plain;
}

/** The front matter as readFrontMatter sees it: the lines between the fences. */
const between = (yaml: string) => yaml.replace(/\n$/, '');

/** Strings that YAML reads as something else, or that need quoting, beside ordinary and random ones. */
const TRICKY = ['true', 'False', 'null', '~', '', ' ', '0x1F', '0o17', '007', '-0', '+5', '12', '1e3', '.5', '.inf', '.NaN', '3.', '2026-01-31', '---', '...', '- x', '-x', ': x', ':x', '?x', 'a: b', 'a:b', 'a #b', 'a#b', '#x', '&a', '*a', '!t x', '|', '>', '[a]', '{a: 1}', '%x', '@x', '`x`', "it's", '"q"', 'a\\b', 'tab\there', 'line\nbreak', 'trailing ', '\u00a0nbsp', 'x\u2028y', '\u00ad', '\ufeffbom', 'émoji 🚀', '__proto__'];
const SYNTAX = [...'-?:#,[]{}&*!|>\'"%@` \t\\~.x0é🚀'];
const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: fc.constantFrom(...SYNTAX), maxLength: 6 }));
const scalar = fc.oneof({ weight: 6, arbitrary: text }, fc.nat(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const key = fc.oneof({ weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z][\w-]{0,6}$/) }, fc.constantFrom('true', 'null', 'constructor', 'a b', '__proto__'), fc.string({ maxLength: 6 }));
const frontData = fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(key, scalar, { maxKeys: 3 })), { maxKeys: 6 });

/** Lines in the plain shape, their values put together from pieces of YAML syntax. */
const PIECES = [': ', ':', '  ', '\t', '- ', '#', ' #c', '~', 'null', '12', '007', '&a', '*a', '!t', '|', '>', '[a]', '{a: 1}', '---', '...', '%', '`', '? ', '"', "'", '\\', '"a\\x41"', '"\\U0001F600"', '"\\ "', '"\\uD83D"', '\u00a0', '\u2028', '\r', "'a''b'", "'q", '"a\n\n    b"', '"a \\\n    b"', '"x\n  y"', '"x\n    y', '\n    ', '\n'];
const value = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('a', 'é', '🚀', 'b1', ' ') }, fc.constantFrom(...PIECES)), { maxLength: 4 }).map((parts) => parts.join(''));
const line = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, fc.array(value, { minLength: 1, maxLength: 3 })).map(([k, items]) => [`${k}:`, ...items.map((v) => `  - ${v}`)].join('\n')),
  fc.tuple(key, fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 3 })).map(([k, pairs]) => [`${k}:`, ...pairs.map(([n, v]) => `  ${n}: ${v}`)].join('\n')),
);
const yamlish = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));

/** Checks each generated text, and that enough of them are read plain for the comparison to mean something. */
function compareOn(texts: fc.Arbitrary<string>, numRuns: number): void {
  let readPlain = 0;
  fc.assert(
    fc.property(texts, (source) => {
      if (expectParsedAlike(source) !== null) readPlain++;
    }),
    { numRuns },
  );
  expect(readPlain).toBeGreaterThan(numRuns / 50);
}

describe('readPlainFrontMatter', () => {
  it('reads what Forkpoint writes for a record as the YAML parser does', () => {
    const source = between(writeAdr(typicalRecord(), 'madr').split('\n---\n')[0]?.slice('---\n'.length) ?? '');
    expect(expectParsedAlike(source)).not.toBeNull();
  });

  it('gives the YAML parser’s values for any front matter written from data, or leaves it to the parser', () => {
    compareOn(frontData.map((data) => between(writeFrontMatter(data))), 1000);
  }, 30_000); // slow by nature: a thousand front matters written and parsed twice (~1 s alone, several under load)

  it('reads no text the YAML parser refuses or reads otherwise', () => {
    compareOn(yamlish, 2000);
  }, 30_000); // as above: two thousand texts parsed twice

  it('folds a double-quoted string over several lines as YAML does', () => {
    const source = 'tags:\n  - "one \\x3Ctwo\\x3E  \n\n\n    three \\\n    four\n    five"\ntitle: "a\n  b"';
    expect(expectParsedAlike(source)).toEqual({ tags: ['one <two>\n\nthree four five'], title: 'a b' });
  });

  it.each([
    ['a comment', 'status: accepted # was proposed'],
    ['a key given twice', 'status: accepted\nstatus: proposed'],
    ['a bare key', 'status:'],
    ['a typed value', 'status: true'],
    ['a leading-zero number', 'number: 007'],
    ['a multi-line single-quoted string', "tags:\n  - 'line one\n\n    line two'"],
    ['a double-quoted string never closed', 'title: "line one\n  line two'],
    ['a flow list', 'tags: [a, b]'],
    ['an alias', 'a: &x 1\nb: *x'],
  ])('leaves %s to the parser', (_name, source) => {
    expect(readPlainFrontMatter(source)).toBeNull();
  });
});
