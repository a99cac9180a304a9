import { findJsonError } from './json-error';
import { parsedFail, parsedOk, type Parsed } from './problems';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * `JSON.parse` with a message that says where the text breaks, and a refusal of
 * duplicate keys (JSON.parse would silently keep the last one).
 * `lineOffset` shifts reported lines when the JSON sits inside a larger file.
 */
export function parseJsonText(text: string, file: string, lineOffset = 0): Parsed<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const found = findJsonError(text) ?? { offset: text.length, end: true };
    const { line, column } = lineColumn(text, found.offset);
    return parsedFail({
      file,
      where: found.end ? `line ${lineOffset + line}` : `line ${lineOffset + line}, column ${column}`,
      message: found.end ? (text.trim() === '' ? 'The file is empty.' : 'The JSON ends early: the file looks truncated.') : 'This is not valid JSON here.',
    });
  }
  // Counting is a fraction of the character-by-character scan that locates the key, so that scan runs only when needed.
  const duplicate = keyCount(value) === memberCount(text) ? null : findDuplicateKey(text);
  if (duplicate) {
    const { line, column } = lineColumn(text, duplicate.offset);
    return parsedFail({ file, where: `line ${lineOffset + line}, column ${column}`, message: `The key "${duplicate.key}" appears twice in the same object.` });
  }
  return parsedOk(value);
}

/** Keys of every object in parsed JSON; iterative, as JSON.parse accepts nesting deeper than any stack. */
function keyCount(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    const children: unknown[] = Array.isArray(next) ? next : Object.values(next);
    if (!Array.isArray(next)) count += children.length;
    for (const child of children) if (typeof child === 'object' && child !== null) pending.push(child);
  }
  return count;
}

/**
 * Object members written in text already known to be valid JSON: its colons outside
 * strings. More than the parsed value's keys means a key was given twice in one object.
 */
function memberCount(text: string): number {
  let count = 0;
  let at = 0;
  // Each search starts where the last one stopped, so the count stays linear in the text.
  let colon = text.indexOf(':');
  while (colon >= 0) {
    const quote = text.indexOf('"', at);
    const stop = quote < 0 ? text.length : quote;
    for (; colon >= 0 && colon < stop; colon = text.indexOf(':', colon + 1)) count++;
    if (quote < 0) break;
    at = closingQuote(text, quote) + 1;
    if (colon >= 0 && colon < at) colon = text.indexOf(':', at);
  }
  return count;
}

/** The quote that ends the string opening at `open` (one preceded by an even run of backslashes). */
function closingQuote(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return close;
    close = text.indexOf('"', close + 1);
  }
}

interface Frame {
  readonly keys: Set<string> | null;
  expectKey: boolean;
}

/** Scans text already known to be valid JSON for an object with the same key twice. */
function findDuplicateKey(text: string): { key: string; offset: number } | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) return { key, offset: start };
        top.keys.add(key);
        top.expectKey = false;
      }
    } else if (ch === '{') stack.push({ keys: new Set(), expectKey: true });
    else if (ch === '[') stack.push({ keys: null, expectKey: false });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
    }
  }
  return null;
}
