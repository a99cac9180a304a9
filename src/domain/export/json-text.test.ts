import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError } from './json-error';
import { parseJsonText } from './json-text';

describe('parseJsonText', () => {
  it('says on which line a JSON file breaks', () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b": oops\n}', 'f.json');
    expect(result).toEqual({ ok: false, error: [{ file: 'f.json', where: 'line 3, column 8', message: 'This is not valid JSON here.' }] });
  });

  it('calls a blank file empty', () => {
    const result = parseJsonText('  \n', 'f.json');
    expect(!result.ok && result.error[0]?.message).toBe('The file is empty.');
  });

  it('calls a file that stops early truncated', () => {
    const result = parseJsonText('{\n  "a": [1, 2', 'f.json');
    expect(!result.ok && result.error[0]?.message).toMatch(/truncated/);
  });

  it('refuses a key given twice in one object, but not the same key in two objects', () => {
    const twice = parseJsonText('{"a": {"x": 1, "y": "}", "x": 2}}', 'f.json');
    expect(!twice.ok && twice.error[0]).toEqual({ file: 'f.json', where: 'line 1, column 26', message: 'The key "x" appears twice in the same object.' });
    expect(parseJsonText('[{"x": 1}, {"x": 2}]', 'f.json').ok).toBe(true);
  });

  it('refuses exactly the objects that repeat a key, whatever the keys and values hold', () => {
    // Keys and strings full of the characters a scan could trip on: quotes, backslashes, colons, braces.
    const tricky = fc.string({ unit: fc.constantFrom('"', '\\', ':', '{', '}', ',', 'a', 'b', ' ') , maxLength: 4 });
    const member = fc.tuple(tricky, fc.oneof(fc.json(), tricky.map((t) => JSON.stringify(t))));
    fc.assert(
      fc.property(fc.array(member, { maxLength: 6 }), fc.json(), (members, around) => {
        const object = `{${members.map(([key, value]) => `${JSON.stringify(key)}: ${value}`).join(',\n')}}`;
        const text = `[${around}, {"inner": ${object}}, ${around}]`;
        const repeats = new Set(members.map(([key]) => key)).size < members.length;
        const result = parseJsonText(text, 'f.json');
        expect(result.ok).toBe(!repeats);
        if (!result.ok) expect(result.error[0]?.message).toMatch(/appears twice in the same object/);
      }),
      { numRuns: 500 },
    );
  });

  // Slow by nature: 2,000 generated texts (~0.25 s alone, ~7 s under coverage with every core busy).
  it('finds an error exactly when JSON.parse fails', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.json().chain((t) => fc.nat({ max: t.length }).map((k) => t.slice(0, k))),
      fc.json().chain((t) => fc.tuple(fc.nat({ max: t.length }), fc.constantFrom('"', ',', '}', ']', 'x', '\\', '-', '.', ' ')).map(([k, ch]) => t.slice(0, k) + ch + t.slice(k))),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});
