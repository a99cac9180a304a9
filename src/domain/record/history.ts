import { assertNever } from '../assert-never';
import { byCodeUnit } from '../code-unit-order';
import type { FileEdit } from './outside-edits';
import { STATUS_NAMES, type DecisionRecord } from './record';

/** One dated line of a record's history, as the record view lists it. */
export interface HistoryLine {
  readonly at: string;
  readonly text: string;
}

const FROM_FILE = 'from the file';
const list = (names: readonly string[]) => (names.length ? names.join(', ') : 'none');

function fileEditText(edit: FileEdit): string {
  switch (edit.kind) {
    case 'date':
      return `Date ${edit.date}`;
    case 'people':
      return `${edit.role === 'decision-makers' ? 'Decision-makers' : edit.role === 'consulted' ? 'Consulted' : 'Informed'}: ${list(edit.names)}`;
    case 'tags':
      return `Tags: ${list(edit.tags)}`;
    case 'text':
      return `Text of revision ${edit.revision} edited outside Forkpoint`;
    default:
      return assertNever(edit, 'file edit');
  }
}

/**
 * The status changes and the edits made in the file, oldest first (a status and a
 * file edit at the same moment keep that order): "2026-12-03 — Accepted: from the file", "2026-12-03 — Tags: eu (from the file)".
 */
export function historyOf(record: DecisionRecord): HistoryLine[] {
  const statuses = record.statusHistory.map((change) => ({
    at: change.at,
    text: `${STATUS_NAMES[change.status]}${change.note && `: ${change.note}`}`,
  }));
  const edits = record.fileEdits.map((edit) => ({ at: edit.at, text: `${fileEditText(edit)} (${FROM_FILE})` }));
  return [...statuses, ...edits].map((line, order) => ({ line, order })).sort((a, b) => byCodeUnit(a.line.at, b.line.at) || a.order - b.order).map(({ line }) => line);
}
