/**
 * The escapers every exported format goes through. Markdown escaping is minimal:
 * a character gets a backslash only where it would otherwise change what the
 * reader sees, so a title stays readable as plain text; web addresses are
 * written as autolinks (`<https://…>`) and never escaped inside.
 */

/**
 * Characters no exported format may carry: C0 and C1 controls other than tab and
 * line breaks, DEL, U+FFFE / U+FFFF and lone surrogates (invalid in XML 1.0,
 * invisible or garbling elsewhere).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters no exported format may carry (see `FORBIDDEN`). */
export function withoutControls(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** One line of text: controls removed, line breaks and tabs made spaces, trimmed. */
function oneLine(text: string): string {
  return withoutControls(text).replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ').trim();
}

/**
 * A web address in running text; trailing sentence punctuation is not part of it.
 * No word boundary before it: some renderers link `_https://…` from inside a word,
 * and would swallow the backslash of a following `\<`.
 */
const URL = /(?:https?|ftp):\/\/[^\s<>"`]+/gi;
const TRAILING = /[.,;:!?'*_~]+$/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ALNUM = /[\p{L}\p{N}]/u;

/** Splits a line into text and web addresses (as they would be written inside `<…>`). */
function splitUrls(line: string): { text: string; url: boolean }[] {
  const parts: { text: string; url: boolean }[] = [];
  let last = 0;
  for (const match of line.matchAll(URL)) {
    let url = match[0].replace(TRAILING, '');
    // A closing bracket that the address did not open belongs to the sentence.
    while (/[)\]]$/.test(url) && count(url, url.endsWith(')') ? '(' : '[') < count(url, url.endsWith(')') ? ')' : ']')) url = url.slice(0, -1).replace(TRAILING, '');
    if (!/^(?:https?|ftp):\/\/[^/]/i.test(url)) continue;
    if (match.index > last) parts.push({ text: line.slice(last, match.index), url: false });
    parts.push({ text: url, url: true });
    last = match.index + url.length;
  }
  if (last < line.length) parts.push({ text: line.slice(last), url: false });
  return parts;
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/**
 * Whether the brackets in a piece of text read as typed without a backslash: balanced
 * (so they cannot end the link text they sit in, nor start one), never `](` or `][`
 * (a link or a reference), and not first (a reference definition, a task-list box).
 * `Rate limiter [edge]` stays as typed; the files define no reference for it to match.
 */
function bracketsAreLiteral(text: string): boolean {
  if (text.startsWith('[') || /\]\s*[([]/.test(text)) return false;
  let depth = 0;
  for (const ch of text) {
    if (ch === '[') depth += 1;
    else if (ch === ']' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Escapes the inline markup in a piece of text that is not an address. `lone` names the
 * markers that occur once in a line nothing else shares (a heading): one `*`, `_` or
 * backtick has nothing to pair with, so it reads as typed.
 */
function escapeText(text: string, lone: ReadonlySet<string> = NONE): string {
  const pairedTildes = count(text, '~') >= 2;
  const literalBrackets = bracketsAreLiteral(text);
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    const next = text[i + 1];
    switch (ch) {
      case '\\':
        // A backslash is literal unless punctuation, an autolink or the end of the line (a hard break) follows.
        out += next === undefined || ASCII_PUNCTUATION.test(next) ? '\\\\' : '\\';
        break;
      case '`':
      case '*':
        out += lone.has(ch) ? ch : `\\${ch}`;
        break;
      case '<':
        out += `\\${ch}`;
        break;
      case '[':
      case ']':
        out += literalBrackets ? ch : `\\${ch}`;
        break;
      case '_': {
        // Between two letters or digits an underscore cannot start or end emphasis (snake_case stays as typed).
        let end = i;
        while (text[end] === '_') end += 1;
        const intraword = i > 0 && ALNUM.test(text[i - 1] as string) && end < text.length && ALNUM.test(text[end] as string);
        out += intraword || lone.has('_') ? text.slice(i, end) : '\\_'.repeat(end - i);
        i = end - 1;
        break;
      }
      case '~':
        out += pairedTildes ? '\\~' : '~';
        break;
      case '&':
        // Only something that reads as an entity (`&amp;`, `&#60;`) would be turned into another character.
        out += /^&#?[A-Za-z0-9]+;/.test(text.slice(i)) ? '\\&' : '&';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

/** A backslash before the markers that would make a line a heading, quote, list, rule or setext underline. */
function escapeLineStart(line: string): string {
  if (BLOCK_START.test(line)) return `\\${line}`;
  // A line like `--|--` under another line would turn both into a table.
  if (TABLE_DELIMITER.test(line)) return line.replaceAll('|', '\\|');
  return escapeNumberStart(line);
}

/** `1. ` first would start an ordered list, and in a heading reads as adr-tools' `# 1. Title` number. */
const escapeNumberStart = (line: string) => line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');

const BLOCK_START = /^(#{1,6}(\s|$)|>|[+-](\s|$)|-[-\s]*$|=+\s*$)/;
const TABLE_DELIMITER = /^(?=.*\|)(?=.*-)[\s|:-]+$/;

/**
 * One line of Markdown (a list item, a paragraph line): the characters that would
 * start markup get a backslash, line breaks become spaces, controls are removed,
 * addresses become autolinks. `---`, `<script>` or `a*b*` read as typed.
 */
export function mdInline(text: string): string {
  return inline(oneLine(text), NONE);
}

const NONE: ReadonlySet<string> = new Set();

/** `atLineStart`: false after a heading's `# `, where no list, quote or other block can start. */
function inline(line: string, lone: ReadonlySet<string>, atLineStart = true): string {
  const parts = splitUrls(line);
  const out = parts.map((part) => (part.url ? `<${part.text}>` : escapeText(part.text, lone))).join('');
  if (parts[0]?.url) return out;
  return atLineStart ? escapeLineStart(out) : escapeNumberStart(out);
}

/** The emphasis and code markers that occur once in the whole line, addresses included. */
const loneMarkers = (line: string): ReadonlySet<string> => new Set(['*', '_', '`'].filter((ch) => count(line, ch) === 1));

/**
 * An ATX heading's text, alone on its line after `# ` (so a marker that occurs once,
 * or a `#` or `-` first, stays as typed; `1.` first does not, it would read as a number): a trailing run of `#` after a space would be read as the heading's closing sequence, and a name of nothing printable would leave `### ` with no heading at all.
 */
export function mdHeading(text: string): string {
  const plain = oneLine(text);
  const line = inline(plain, loneMarkers(plain), false).trim();
  return line ? line.replace(/(\s)(#+)$/, '$1\\$2') : '(no name)';
}

/** A table cell: inline text, and `|` escaped (GitHub splits cells on it even inside code and links). */
export function mdCell(text: string): string {
  return mdInline(text).replaceAll('|', '\\|');
}

/**
 * Escapes free text as Markdown paragraphs: blank lines separate paragraphs,
 * single line breaks are kept as hard breaks.
 */
export function mdParagraphs(text: string): string {
  return withoutControls(text)
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => mdInline(line))
        .filter(Boolean)
        .join('\\\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** Quoted text as MADR writes an option's title: `"…"` with the quotes in the text escaped. */
export function mdQuoted(text: string): string {
  return `"${mdInline(text).replaceAll('"', '\\"')}"`;
}

/**
 * A code span that holds `text` exactly, whatever it contains: the fence is one
 * backtick longer than the longest run inside, line breaks become spaces (a
 * blank line would end the paragraph and the span with it).
 */
export function mdCode(text: string): string {
  const inner = oneLine(text);
  const longest = Math.max(0, ...[...inner.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(inner) || /^ .* $/.test(inner) ? ' ' : '';
  return `${fence}${pad}${inner}${pad}${fence}`;
}

/**
 * Text for a quoted Mermaid label (`["…"]`, `|"…"|`). Mermaid reads `#name;`
 * entity codes, so quotes, angle brackets and backticks cannot end the label,
 * inject HTML or close the code fence.
 */
export function mermaidText(text: string): string {
  return withoutControls(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"<>&`|[\]{}()]/g, (ch) => `#${ch.charCodeAt(0)};`);
}

/** Text or an attribute value in XML (SVG): the five special characters as entities, forbidden characters removed. */
export function xmlText(text: string): string {
  return withoutControls(text).replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * A name from outside (a zip entry, a file) fit to show in a message: controls,
 * bidirectional overrides and other non-printing characters removed, at most `max` characters.
 */
export function displayName(name: string, max = 120): string {
  // Format characters (direction overrides, zero-width marks), private-use and unassigned code points print nothing honest.
  const clean = withoutControls(name).replace(/[\p{Cf}\p{Co}\p{Cn}]/gu, '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean || '(no name)';
  // The end stays: a file name's extension says what it is.
  const tail = Math.min(12, Math.floor(max / 3));
  return `${clean.slice(0, max - 1 - tail)}…${clean.slice(-tail)}`;
}
