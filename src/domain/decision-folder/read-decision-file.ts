import { recordFromMarkdown } from '../export/from-markdown';
import { summaryOfRecord } from './record-summary';
import type { DecisionFileSummary, UnreadableFile } from './summary';

export type DecisionFileRead =
  | { readonly ok: true; readonly summary: DecisionFileSummary }
  | { readonly ok: false; readonly unreadable: UnreadableFile };

/** Reads one decision file with the app's own parser; `path` names it in messages. */
export async function readDecisionFile(text: string, path: string): Promise<DecisionFileRead> {
  const parsed = await recordFromMarkdown(text, path);
  if (parsed.ok) return { ok: true, summary: summaryOfRecord(parsed.value) };
  const first = parsed.problems[0];
  const line = first ? /^line (\d+)/.exec(first.where) : null;
  return { ok: false, unreadable: { message: first?.message ?? 'The file cannot be read.', line: line?.[1] ? Number(line[1]) : null } };
}
