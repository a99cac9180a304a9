import { readAdr } from '../adr/read-adr';
import { err, ok, type Result } from '../result';
import { summaryOfRecord } from './record-summary';
import type { DecisionFileSummary, UnreadableFile } from './summary';

export type DecisionFileRead = Result<DecisionFileSummary, UnreadableFile>;

/** Reads one decision file with the app's own parser; `path` names it in messages. */
export function readDecisionFile(text: string, path: string): Promise<DecisionFileRead> {
  const read = readAdr(text, path);
  if (read.ok && read.value.record) return Promise.resolve(ok(summaryOfRecord(read.value.record)));
  return Promise.resolve(
    err(read.ok ? { message: 'An ADR written by another tool: Forkpoint checks the files it wrote.', line: null } : { message: read.error.message, line: read.error.line ?? null }),
  );
}
