import { Document, parseDocument, visit } from 'yaml';
import { MAX_RECORD_NESTING } from '../record/readable';
import { err, ok, type Result } from '../result';
import type { AdrProblem } from './adr-file';
import { readPlainFrontMatter } from './plain-front-matter';
import { lineNestedPast } from './yaml-nesting';

export const FENCE = '---';

/** Characters that would become markup if a renderer that does not know front matter showed it as Markdown. */
const MARKUP = /[<>[\]`]/;

/**
 * Front matter for `data`, as YAML a Markdown renderer cannot turn into markup:
 * a string holding `<`, `>`, `[`, `]`, a backtick or a line break is written
 * double-quoted, with those characters as `\xNN` escapes (any YAML reader gives the
 * text back unchanged). GitHub and ADR tools read front matter as YAML; a renderer
 * that does not would otherwise show a tag `<script>…` as HTML.
 */
export function writeFrontMatter(data: Readonly<Record<string, unknown>>): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && (MARKUP.test(node.value) || node.value.includes('\n'))) node.type = 'QUOTE_DOUBLE';
    },
  });
  // Only double-quoted scalars hold these characters now (keys are ours), and there `\xNN` is an escape.
  return doc.toString({ lineWidth: 0 }).replace(new RegExp(MARKUP.source, 'g'), (ch) => `\\x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Where the front matter ends: `null` when the file has none; the body starts at `bodyStart` (0-based line). */
export interface FrontMatter {
  readonly values: Readonly<Record<string, unknown>> | null;
  readonly bodyStart: number;
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Splits the YAML front matter off by hand (gray-matter evaluates code) and parses it
 * with `yaml`: unique keys, no aliases, every error caught and given its line. Front
 * matter in the plain shape (plain-front-matter.ts) gives the same values without it.
 */
export function readFrontMatter(lines: readonly string[]): Result<FrontMatter, AdrProblem> {
  if (lines[0]?.trimEnd() !== FENCE) return ok({ values: null, bodyStart: 0 });
  const close = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === FENCE || line.trimEnd() === '...'));
  if (close < 0) return err({ line: 1, message: 'The front matter that starts here is never closed with "---": the file looks truncated.' });
  const source = lines.slice(1, close).join('\n');
  // Checked on the text, before the parser (which recurses) sees it.
  const tooDeep = lineNestedPast(source, MAX_RECORD_NESTING);
  if (tooDeep !== null) return err({ line: tooDeep + 1, message: `The front matter nests more than ${MAX_RECORD_NESTING} levels deep here; no decision record does.` });
  // Most front matter is plain `key: value` lines and lists, read here for a fraction of the parser's cost.
  const plain = readPlainFrontMatter(source);
  if (plain) return ok({ values: plain, bodyStart: close + 1 });
  try {
    const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
    const error = doc.errors[0];
    if (error) return err({ line: (error.linePos?.[0].line ?? 1) + 1, message: `The front matter is not valid YAML (${error.code}).` });
    // Anchors and aliases could make a small file expand enormously: refused, not resolved.
    // With maxAliasCount 0 any alias throws, so the document is walked for one only when that happened.
    let values: unknown;
    try {
      values = doc.toJS({ maxAliasCount: 0 });
    } catch (error) {
      if (hasAlias(doc)) return err({ line: 2, message: 'The front matter uses YAML aliases (*name), which Forkpoint does not read.' });
      throw error;
    }
    if (values === null || values === undefined) return ok({ values: {}, bodyStart: close + 1 });
    if (!isMap(values)) return err({ line: 2, message: 'The front matter should be a list of "key: value" lines.' });
    return ok({ values, bodyStart: close + 1 });
  } catch (error) {
    return err({ line: 2, message: `The front matter could not be read (${error instanceof Error ? error.message : String(error)}).` });
  }
}

function hasAlias(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Alias: () => {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/** A front-matter value as text: numbers and booleans as written, anything else absent. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

/** People or tags: a YAML list, or one line separated by commas. */
export function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(textOf).filter((v): v is string => v !== undefined);
  const text = textOf(value);
  return text ? splitList(text) : [];
}

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
