import type { AdrMeta } from '../adr/adr-file';
import { readAdr } from '../adr/read-adr';
import { decide } from '../decision';
import { followUpChecklist, revisitByOf } from '../guidance/follow-ups';
import { currentRevision, type DecisionRecord } from '../record/record';
import { err, ok, type Result } from '../result';
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
  return ok(record ? summaryOfRecord(record, meta) : summaryOfForeign(meta));
}

/** Ours: the same outcome, follow-ups and revisit-by the app shows; the title as the file states it. */
function summaryOfRecord(record: DecisionRecord, meta: AdrMeta): DecisionFileSummary {
  const session = currentRevision(record).session;
  const outcome = decide(session).outcome;
  return {
    source: 'forkpoint',
    id: record.id,
    number: record.number ?? meta.number ?? null,
    title: meta.title,
    status: record.status,
    outcome,
    date: session.framing.date,
    revisitBy: outcome === null ? null : revisitByOf(session, outcome),
    // A draft is unfinished by definition: its follow-ups are not yet due.
    missingFollowUps: record.status === 'draft' ? [] : followUpChecklist(session).filter((item) => !item.done).map((item) => item.label),
    supersedes: record.supersedes === null ? [] : [{ kind: 'record', id: record.supersedes }],
    supersededBy: record.supersededBy === null ? [] : [{ kind: 'record', id: record.supersededBy }],
  };
}

/** Another tool's ADR: only what its layout states. */
function summaryOfForeign(meta: AdrMeta): DecisionFileSummary {
  return {
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
  };
}

/** Links as other tools write them: `ADR-0014` or a bare number, a file path, or a file name without `.md`. */
function linksOf(targets: AdrMeta['supersedes']): LinkTarget[] {
  return targets.flatMap((target): LinkTarget[] => {
    const number = /^(?:ADR[- ]?)?0*(\d{1,6})$/i.exec(target.trim());
    if (number?.[1]) return [{ kind: 'number', number: Number(number[1]) }];
    if (/\.md(#.*)?$/i.test(target) || target.includes('/')) return [{ kind: 'file', path: target }];
    if (/^[\w.-]+$/.test(target)) return [{ kind: 'file', path: `${target}.md` }];
    return []; // prose, not a link: nothing to resolve
  });
}
