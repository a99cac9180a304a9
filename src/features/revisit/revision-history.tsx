import { useState } from 'react';
import { calendarDay } from '../../domain/calendar-day';
import type { DecisionRecord } from '../../domain/record/record';
import { showView } from '../../store/records';
import { RevisionComparisonTable } from './revision-comparison';
import './revisit.css';

interface HistoryProps {
  readonly record: DecisionRecord;
  /** The pair of revisions compared, from the URL; null shows none. */
  readonly compare: readonly [number, number] | null;
}

/** Every revision with what prompted it, and a side-by-side comparison of any two. */
export function RevisionHistory({ record, compare }: HistoryProps) {
  const numbers = record.revisions.map((r) => r.number);
  const last = numbers[numbers.length - 1] ?? 1;
  const [from, setFrom] = useState(compare?.[0] ?? numbers[numbers.length - 2] ?? last);
  const [to, setTo] = useState(compare?.[1] ?? last);
  const a = compare && record.revisions.find((r) => r.number === compare[0]);
  const b = compare && record.revisions.find((r) => r.number === compare[1]);
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">History ({record.revisions.length === 1 ? 'one revision' : `${record.revisions.length} revisions`})</h2>
      <ol className="revision-list">
        {record.revisions.map((r) => (
          <li key={r.number}>
            Revision {r.number} — <time dateTime={r.savedAt}>{calendarDay(r.savedAt)}</time>
            {r.whatChanged ? `: ${r.whatChanged}` : ': first walk'}
          </li>
        ))}
      </ol>
      {numbers.length > 1 && (
        <form
          className="compare-form no-print"
          onSubmit={(e) => {
            e.preventDefault();
            showView({ kind: 'record', id: record.id, compare: [from, to] });
          }}
        >
          <div className="field">
            <label htmlFor="compare-from">Compare revision</label>
            <select id="compare-from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="compare-to">with revision</label>
            <select id="compare-to" value={to} onChange={(e) => setTo(Number(e.target.value))}>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button-secondary">
            Compare
          </button>
        </form>
      )}
      {a && b && <RevisionComparisonTable a={a} b={b} />}
    </section>
  );
}
