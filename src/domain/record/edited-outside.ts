import type { OutsideEdit } from './outside-edits';
import { currentRevision, type DecisionRecord } from './record';

/** The current revision's text as the team edited it outside Forkpoint, if it was. */
export function outsideEditOf(record: DecisionRecord): OutsideEdit | null {
  const current = currentRevision(record).number;
  return record.outsideEdits.find((edit) => edit.revision === current) ?? null;
}
