import { calendarDay } from '../domain/calendar-day';
import { historyOf } from '../domain/record/history';
import type { DecisionRecord } from '../domain/record/record';

/** The record's dated history: status changes, and the edits made in its file outside Forkpoint. */
export function RecordHistory({ record }: { readonly record: DecisionRecord }) {
  return (
    <ol className="status-history" aria-label="History">
      {historyOf(record).map((line, i) => (
        <li key={i}>
          <time dateTime={line.at}>{calendarDay(line.at)}</time> — {line.text}
        </li>
      ))}
    </ol>
  );
}
