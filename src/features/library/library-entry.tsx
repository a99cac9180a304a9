import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { calendarDay } from '../../domain/calendar-day';
import { isEntryDue } from '../../domain/record/query';
import { selectHasDraftsToShow, showView, useRecordsStore, type RecordsState } from '../../store/records';

// Most starts have no draft waiting: its list loads only when there is something to show.
const WaitingDrafts = lazy(() => import('./waiting-drafts').then((m) => ({ default: m.WaitingDrafts })));

const selectSummary = (s: RecordsState) => ({ entries: s.entries, loaded: s.loaded });

/** The way into the library from the home screen, with what needs attention. */
export function LibraryEntryCard() {
  const { entries, loaded } = useRecordsStore(useShallow(selectSummary));
  const drafts = useRecordsStore(selectHasDraftsToShow);
  const today = calendarDay();
  const overdue = entries.filter((e) => isEntryDue(e, today)).length;
  return (
    <section className="card library-entry" aria-labelledby="library-entry-title">
      <h2 id="library-entry-title">Past decisions</h2>
      {drafts && (
        <Suspense fallback={null}>
          <WaitingDrafts heading="h3" />
        </Suspense>
      )}
      <p>
        {!loaded ? 'Opening saved decisions…' : entries.length === 0 ? 'No decision saved in this browser yet.' : `${entries.length} saved in this browser.`}
        {overdue > 0 && <strong className="due-date"> {overdue === 1 ? 'One is' : `${overdue} are`} past the revisit-by date.</strong>}
      </p>
      <a
        className="button-secondary"
        href="#/library"
        onClick={(e) => {
          e.preventDefault();
          showView({ kind: 'library' });
        }}
      >
        Open the decision library
      </a>
    </section>
  );
}
