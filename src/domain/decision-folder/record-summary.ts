import { decide } from '../decision';
import { titleOf } from '../export/outcome-text';
import { followUpChecklist, revisitByOf } from '../guidance/follow-ups';
import { currentRevision, type DecisionRecord } from '../record/record';
import type { DecisionFileSummary } from './summary';

/** What the folder check reads from one of our records: the same outcome, follow-ups and revisit-by the app shows. */
export function summaryOfRecord(record: DecisionRecord): DecisionFileSummary {
  const session = currentRevision(record).session;
  const decision = decide(session);
  return {
    source: 'forkpoint',
    id: record.id,
    number: record.number,
    title: titleOf(session.framing.componentName, decision),
    status: record.status,
    outcome: decision.outcome,
    date: session.framing.date,
    revisitBy: decision.outcome === null ? null : revisitByOf(session, decision.outcome),
    // A draft is unfinished by definition: its follow-ups are not yet due.
    missingFollowUps: record.status === 'draft' ? [] : followUpChecklist(session).filter((item) => !item.done).map((item) => item.label),
    supersedes: record.supersedes === null ? [] : [{ kind: 'record', id: record.supersedes }],
    supersededBy: record.supersededBy === null ? [] : [{ kind: 'record', id: record.supersededBy }],
  };
}
