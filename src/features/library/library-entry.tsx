import { useShallow } from 'zustand/react/shallow';
import { calendarDay } from '../../domain/calendar-day';
import { isEntryDue } from '../../domain/record/query';
import { showView, useRecordsStore, type RecordsState } from '../../store/records';
import { WaitingDrafts } from './waiting-drafts';

const selectSummary = (s: RecordsState) => ({ entries: s.entries, loaded: s.loaded });

/** The way into the library from the home screen, with what needs attention. */
export function LibraryEntryCard() {
  const { entries, loaded } = useRecordsStore(useShallow(selectSummary));
  const today = calendarDay();
  const overdue = entries.filter((e) => isEntryDue(e, today)).length;
  return (
    <section className="card library-entry" aria-labelledby="library-entry-title">
      <h2 id="library-entry-title">Past decisions</h2>
      <WaitingDrafts heading="h3" />
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
