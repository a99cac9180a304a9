import { recordFromMarkdown } from '../export/from-markdown';
import { err, ok, type Result } from '../result';
import { summaryOfRecord } from './record-summary';
import type { DecisionFileSummary, UnreadableFile } from './summary';

export type DecisionFileRead = Result<DecisionFileSummary, UnreadableFile>;

/** Reads one decision file with the app's own parser; `path` names it in messages. */
export async function readDecisionFile(text: string, path: string): Promise<DecisionFileRead> {
  const parsed = await recordFromMarkdown(text, path);
  if (parsed.ok) return ok(summaryOfRecord(parsed.value));
  const first = parsed.error[0];
  const line = first ? /^line (\d+)/.exec(first.where) : null;
  return err({ message: first?.message ?? 'The file cannot be read.', line: line?.[1] ? Number(line[1]) : null });
}
