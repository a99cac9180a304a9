/**
 * Front matter in the plain shape Forkpoint and most ADR tools write, read without
 * the YAML parser: `key: value` lines, and under a bare `key:` either `  - item` lines
 * or `  key: value` lines. The parser costs ~0.4 ms a file in a short-lived process
 * (a quarter of `forkpoint check`), this a fraction of that. Only text whose meaning
 * is certain is read here; anything else (comments, blank lines, other indentation,
 * multi-line single-quoted strings, anchors, tags, block scalars, `null`, `true`,
 * numbers but small decimal integers, a key given twice) gives `null`, and the
 * caller parses it with `yaml`. Tests compare the two on generated front matter.
 */

const TOP = /^([A-Za-z][\w-]{0,63}):(?: (.+))?$/;
const ITEM = /^ {2}- (.+)$/;
const NESTED = /^ {2}([A-Za-z][\w-]{0,63}): (.+)$/;
/** Keys YAML reads as something other than their text. */
const TYPED_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/** A character that is neither white space nor a control, format or other character best left to the parser. */
const CHAR = String.raw`[^\s\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF]`;
/** The same without `:` and `#`, which end a plain scalar before a space and after one. */
const ORDINARY = String.raw`[^\s:#\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF]`;
/**
 * A plain scalar on one line, by YAML's rules for block context: it starts with no indicator
 * (`-`, `?` or `:` only before a character), holds no `: ` and no ` #`, and ends with no space.
 */
const PLAIN = new RegExp(String.raw`^(?:[^-?:,[\]{}#&*!|>'"%@\x60\s\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF]|[-?:](?=${CHAR}))(?:#|:(?=${CHAR})|${ORDINARY}| +(?:${ORDINARY}|:(?=${CHAR})))*$`, 'u');
/** What YAML's core schema reads as null, a boolean or a number (yaml's own tests); a small decimal integer is read here. */
const CORE_TYPED = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
const DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;

/** A double-quoted string on one line, with the escapes YAML defines for one character and `\xNN`/`\uNNNN`. */
const QUOTED = /^"((?:[^"\\\p{Cc}\p{Cf}\p{Cs}\u2028\u2029\uFFFE\uFFFF]|\\(?:[0abefnrtvN_LP"/\\]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}))*)"$/u;
/** A single-quoted string on one line: `''` is a quote, nothing else is escaped. */
const SINGLE_QUOTED = /^'((?:[^'\p{Cc}\p{Cf}\p{Cs}\u2028\u2029\uFFFE\uFFFF]|'')*)'$/u;
const ESCAPE = /\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|.)/g;
const ESCAPED: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** One scalar as YAML reads it, or undefined when this reader is not certain. */
function scalarOf(text: string): string | number | undefined {
  const quoted = QUOTED.exec(text);
  if (quoted) return (quoted[1] as string).replace(ESCAPE, (_, code: string) => (code.length > 1 ? String.fromCodePoint(parseInt(code.slice(1), 16)) : (ESCAPED[code] as string)));
  const single = SINGLE_QUOTED.exec(text);
  if (single) return (single[1] as string).replaceAll("''", "'");
  if (!PLAIN.test(text)) return undefined;
  if (DECIMAL.test(text)) return Number(text);
  return CORE_TYPED.some((typed) => typed.test(text)) ? undefined : text;
}

/** Where a value starts with a double quote: after `key: `, `  - ` or `  key: `, and how far its lines after it must be indented. */
const OPENS_QUOTE = /^(?:[A-Za-z][\w-]{0,63}: |( {2}- | {2}[A-Za-z][\w-]{0,63}: ))"/;
/** A double-quoted string from its opening quote to its closing one, over any number of lines. */
const QUOTED_LINES = /^"(?:[^"\\]|\\[^])*"/;
/** An escape (kept as written, but for an escaped line break), or a line break with the white space and blank lines around it. */
const FOLD = /\\(\n *|[^])|[ ]*\n([ \n]*)/g;

/**
 * The lines, with a double-quoted string that runs over several of them joined into one line:
 * the text YAML would read from it, written on one line (a line break becomes a space, each blank
 * line a `\n`). Null when such a string is not indented as YAML wants it, or never closed.
 */
function joinQuotedLines(lines: readonly string[]): string[] | null {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const opens = OPENS_QUOTE.exec(line);
    const start = opens ? opens[0].length - 1 : -1;
    if (start < 0 || QUOTED_LINES.test(line.slice(start))) {
      joined.push(line);
      continue;
    }
    const indent = opens?.[1] ? '    ' : '  ';
    let text = line.slice(start);
    while (!QUOTED_LINES.test(text)) {
      const next = lines[++i];
      if (next === undefined || (next !== '' && !next.startsWith(indent))) return null;
      text += `\n${next}`;
    }
    const folded = text.replace(FOLD, (whole, escaped: string | undefined, blank: string | undefined) =>
      escaped !== undefined ? (escaped.startsWith('\n') ? '' : whole) : blank?.includes('\n') ? '\\n'.repeat(blank.split('\n').length - 1) : ' ',
    );
    joined.push(line.slice(0, start) + folded);
  }
  return joined;
}

/** The front matter's values, as `yaml` would give them, or null when it is not in the plain shape. */
export function readPlainFrontMatter(source: string): Record<string, unknown> | null {
  const values: Record<string, unknown> = {};
  const lines = source.includes('"') ? joinQuotedLines(source.split('\n')) : source.split('\n');
  if (!lines) return null;
  for (let i = 0; i < lines.length; i++) {
    const top = TOP.exec(lines[i] as string);
    const key = top?.[1];
    if (!top || key === undefined || TYPED_KEY.test(key) || Object.hasOwn(values, key)) return null;
    if (top[2] !== undefined) {
      const value = scalarOf(top[2]);
      if (value === undefined) return null;
      values[key] = value;
      continue;
    }
    const block: string[] = [];
    while (lines[i + 1]?.startsWith('  ')) block.push(lines[++i] as string);
    const value = ITEM.test(block[0] ?? '') ? listOf(block) : mapOf(block);
    if (value === null) return null;
    values[key] = value;
  }
  return values;
}

function listOf(lines: readonly string[]): unknown[] | null {
  const items: unknown[] = [];
  for (const line of lines) {
    const item = ITEM.exec(line)?.[1];
    const value = item === undefined ? undefined : scalarOf(item);
    if (value === undefined) return null;
    items.push(value);
  }
  return items;
}

function mapOf(lines: readonly string[]): Record<string, unknown> | null {
  if (lines.length === 0) return null; // `key:` with nothing under it is null in YAML
  const map: Record<string, unknown> = {};
  for (const line of lines) {
    const [, key, text] = NESTED.exec(line) ?? [];
    const value = text === undefined ? undefined : scalarOf(text);
    if (key === undefined || value === undefined || TYPED_KEY.test(key) || Object.hasOwn(map, key)) return null;
    map[key] = value;
  }
  return map;
}
