import { readAdr } from '../adr/read-adr';
import type { AdrMeta } from '../adr/adr-file';
import { err, ok, type Result } from '../result';
import { summaryOfRecord } from './record-summary';
import type { DecisionFileSummary, LinkTarget, UnreadableFile } from './summary';

export type DecisionFileRead = Result<DecisionFileSummary, UnreadableFile>;

/**
 * Reads one decision file with the app's own reader (ours in any of the three layouts,
 * or an ADR another tool wrote); `path` names it in messages. Our files give their
 * record, with the edits made to the file applied, as the app would import it.
 */
export function readDecisionFile(text: string, path: string): DecisionFileRead {
  const read = readAdr(text, path);
  if (!read.ok) return err({ message: read.error.message, line: read.error.line ?? null });
  const { meta, record } = read.value;
  if (record) return ok({ ...summaryOfRecord(record), title: meta.title, number: record.number ?? meta.number ?? null });
  return ok({
    source: 'foreign',
    id: null,
    number: meta.number ?? null,
    title: meta.title,
    status: meta.status ?? null,
    outcome: null,
    date: meta.date ?? null,
    revisitBy: meta.revisitBy ?? null,
    missingFollowUps: [],
    supersedes: linksOf(meta.supersedes),
    supersededBy: linksOf(meta.supersededBy),
  });
}

/** Links as another tool writes them: `ADR-0014` or a bare number, a file path, or a file name without `.md`. */
function linksOf(targets: AdrMeta['supersedes']): LinkTarget[] {
  return targets.flatMap((target): LinkTarget[] => {
    const number = /^(?:ADR[- ]?)?0*(\d{1,6})$/i.exec(target.trim());
    if (number?.[1]) return [{ kind: 'number', number: Number(number[1]) }];
    if (/\.md(#.*)?$/i.test(target) || target.includes('/')) return [{ kind: 'file', path: target }];
    if (/^[\w.-]+$/.test(target)) return [{ kind: 'file', path: `${target}.md` }];
    return []; // prose, not a link: nothing to resolve
  });
}
