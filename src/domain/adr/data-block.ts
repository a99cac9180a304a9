import type { DecisionRecord } from '../record/record';
import { err, ok, type Result } from '../result';
import { parseJsonText } from '../export/json-text';
import type { ImportProblem } from '../export/problems';
import { parseRecordStrict } from '../export/strict-record';
import { recordToJson } from '../export/to-json';
import type { AdrProblem } from './adr-file';

/** The hidden block at the end of a file Forkpoint wrote: the whole record, so reading it back is lossless. */
export const DATA_BLOCK_START = '<!-- forkpoint-record';
export const DATA_BLOCK_END = '-->';

/** `text:` and the fingerprint (`textHash`) of the readable text the file was written with, on the block's first line. */
const TEXT_HASH = /^<!-- forkpoint-record v\d+ text:([0-9a-f]{16}):/;

/**
 * The comment GitHub does not show; `>` is written `\u003e` in the JSON, so `-->` cannot occur inside.
 * `textHash` is the fingerprint of the readable text written above it.
 */
export function dataBlock(record: DecisionRecord, textHash: string): string {
  return `${DATA_BLOCK_START} v${record.formatVersion} text:${textHash}: the whole record, read back by Forkpoint. Edit the text above it; Forkpoint applies those edits when it reads the file.\n${recordToJson(record).trimEnd()}\n${DATA_BLOCK_END}`;
}

export interface FoundBlock {
  /** Where the block's first line starts in the text; the Markdown is everything before it. */
  readonly offset: number;
  /** The 0-based line of the block's first line. */
  readonly start: number;
  readonly record: DecisionRecord;
  /** The fingerprint of the readable text the file was written with; absent in files written before it was kept. */
  readonly textHash?: string;
}

/**
 * The data block, if the file has one: the first line that starts with `<!-- forkpoint-record`, up to
 * the next line that is `-->` (white space around it aside). A damaged block is a problem, never
 * silently ignored. Found in the text itself rather than in its lines: the block is most of an exported
 * file, and splitting it into lines only to join them again for `JSON.parse` cost more than the search.
 */
export function findDataBlock(text: string, file: string): Result<FoundBlock | null, AdrProblem> {
  const offset = text.startsWith(DATA_BLOCK_START) ? 0 : lineAfter(text.indexOf(`\n${DATA_BLOCK_START}`));
  if (offset < 0) return ok(null);
  const start = linesBefore(text, offset);
  const firstLineEnd = text.indexOf('\n', offset);
  const close = firstLineEnd < 0 ? null : closingLine(text, firstLineEnd + 1);
  if (close === null) return err({ line: start + 1, message: 'The Forkpoint data block that starts here is never closed: the file looks truncated.' });
  // The lines between, joined with \n as a split on \r?\n would give them.
  const between = close > firstLineEnd + 1 ? text.slice(firstLineEnd + 1, close - 1) : '';
  const json = parseJsonText(between.includes('\r') ? between.replace(/\r\n/g, '\n').replace(/\r$/, '') : between, file, start + 1);
  if (!json.ok) return err(problemOf(json.error, `data block (line ${start + 1})`));
  const record = parseRecordStrict(json.value, file, `data block (line ${start + 2}) `);
  if (!record.ok) return err(problemOf(record.error, `data block (line ${start + 1})`));
  const textHash = text.slice(offset, firstLineEnd).match(TEXT_HASH)?.[1];
  return ok(textHash ? { offset, start, record: record.value, textHash } : { offset, start, record: record.value });
}

/** The start of the line after the newline at `newline`; -1 when there is no such newline (-1). */
const lineAfter = (newline: number) => (newline < 0 ? -1 : newline + 1);

/** How many lines come before `offset` (the start of a line). */
function linesBefore(text: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Where the first line from `from` (the start of a line) that is `-->` but for white space starts; null when none is. */
function closingLine(text: string, from: number): number | null {
  for (let at = text.indexOf(DATA_BLOCK_END, from); at >= 0; ) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    if (text.slice(lineStart, lineEnd).trim() === DATA_BLOCK_END) return lineStart;
    at = newline < 0 ? -1 : text.indexOf(DATA_BLOCK_END, newline);
  }
  return null;
}

function problemOf(problems: readonly ImportProblem[], fallback: string): AdrProblem {
  const first = problems[0];
  if (!first) return { message: `The ${fallback} cannot be read.` };
  const line = first.where.match(/^line (\d+)/)?.[1];
  const message = problems.map((p) => (/^line \d+/.test(p.where) ? p.message : `${p.where}: ${p.message}`)).join(' ');
  return line ? { line: Number(line), message } : { message };
}
