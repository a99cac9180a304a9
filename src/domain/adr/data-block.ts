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
  /** 0-based lines of the block's first and last line. */
  readonly start: number;
  readonly end: number;
  readonly record: DecisionRecord;
  /** The fingerprint of the readable text the file was written with; absent in files written before it was kept. */
  readonly textHash?: string;
}

/** The data block, if the file has one; a damaged block is a problem, never silently ignored. */
export function findDataBlock(lines: readonly string[], file: string): Result<FoundBlock | null, AdrProblem> {
  const start = lines.findIndex((line) => line.startsWith(DATA_BLOCK_START));
  if (start < 0) return ok(null);
  const end = lines.findIndex((line, i) => i > start && line.trim() === DATA_BLOCK_END);
  if (end < 0) return err({ line: start + 1, message: 'The Forkpoint data block that starts here is never closed: the file looks truncated.' });
  const json = parseJsonText(lines.slice(start + 1, end).join('\n'), file, start + 1);
  if (!json.ok) return err(problemOf(json.error, `data block (line ${start + 1})`));
  const record = parseRecordStrict(json.value, file, `data block (line ${start + 2}) `);
  if (!record.ok) return err(problemOf(record.error, `data block (line ${start + 1})`));
  const textHash = lines[start]?.match(TEXT_HASH)?.[1];
  return ok(textHash ? { start, end, record: record.value, textHash } : { start, end, record: record.value });
}

function problemOf(problems: readonly ImportProblem[], fallback: string): AdrProblem {
  const first = problems[0];
  if (!first) return { message: `The ${fallback} cannot be read.` };
  const line = first.where.match(/^line (\d+)/)?.[1];
  const message = problems.map((p) => (/^line \d+/.test(p.where) ? p.message : `${p.where}: ${p.message}`)).join(' ');
  return line ? { line: Number(line), message } : { message };
}
