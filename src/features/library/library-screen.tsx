import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { calendarDay } from '../../domain/calendar-day';
import { byCodeUnit } from '../../domain/code-unit-order';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_QUERY, filterLibrary, isEntryDue, searchTerms, sortLibrary, type LibraryEntry, type LibraryQuery } from '../../domain/record/query';
import { showView, useRecordsStore, type RecordsState, selectFolderEntries, useFolderStore } from '../../store/records';
import { LibraryFilters } from './library-filters';
import { LibraryList } from './library-list';
import { LibraryRow } from './library-row';
import { QuarantineList } from './quarantine-list';
import { StorageStatus } from './storage-status';
import { WaitingDrafts } from './waiting-drafts';
import './library.css';

const NO_TERMS: readonly string[] = [];
const NO_ROWS: readonly LibraryEntry[] = [];

const selectLibrary = (s: RecordsState) => ({
  entries: s.entries,
  firstPage: s.firstPage,
  quarantined: s.quarantined,
  loaded: s.loaded,
  // Storage has said how it stands (and, when it works, whether the browser keeps it): see below. A large
  // library says so only once every record is listed, minutes of reading at 10,000 on a phone: its newest
  // records show before that.
  settled: s.firstPage !== null || (s.storage.kind !== 'loading' && (s.storage.kind !== 'ready' || s.persist !== null)),
});

/** Every decision kept in this browser and in the opened folder: search, filter, sort; overdue revisits first. */
export function LibraryScreen({ folderPanel, after }: { readonly folderPanel?: ReactNode; readonly after?: ReactNode }) {
  // The list comes from storage as a store update, which React renders at once, in one task (rows and
  // all: 30 ms on a phone, at start-up); deferred, it renders in slices between which the page answers.
  const { entries: listed, firstPage, quarantined, loaded, settled: settledNow } = useDeferredValue(useRecordsStore(useShallow(selectLibrary)));
  // Once shown, the screen stays (a large library's first page is let go once the whole list is in, before storage says it is ready).
  const [settled, setSettled] = useState(settledNow);
  if (settledNow && !settled) setSettled(true);
  // A large library's newest records show while the whole list is read.
  const browserEntries = !loaded && firstPage ? firstPage.entries : listed;
  const folderEntries = useFolderStore(selectFolderEntries);
  const entries = useMemo(() => (folderEntries.length ? [...browserEntries, ...folderEntries] : browserEntries), [browserEntries, folderEntries]);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const deferred = useDeferredValue(query);
  const today = calendarDay();
  // Sorted when the library or the order changes, filtered on every keystroke (filtering keeps the order).
  const { sort, descending } = deferred;
  const sorted = useMemo(() => sortLibrary(entries, { sort, descending }), [entries, sort, descending]);
  const rows = useMemo(() => filterLibrary(sorted, deferred, today), [sorted, deferred, today]);
  const overdue = useMemo(() => entries.filter((e) => isEntryDue(e, today)).sort((a, b) => byCodeUnit(a.revisitBy, b.revisitBy)), [entries, today]);
  const tags = useMemo(() => [...new Set(entries.flatMap((e) => e.tags))].sort(), [entries]);
  const terms = useMemo(() => searchTerms(deferred.text), [deferred.text]);
  // Stable, so the rows (memo) are not rendered again by a keystroke's urgent render, only by the deferred one that changes them.
  const open = useCallback(
    (entry: LibraryEntry) =>
      showView(entry.origin.kind === 'folder' ? { kind: 'folder-file', path: entry.origin.path } : { kind: 'record', id: entry.id, compare: null }),
    [],
  );
  const isDue = useCallback((entry: LibraryEntry) => isEntryDue(entry, today), [today]);
  // The rows mount in a render of their own once the rest of the screen is in (and, as later
  // changes, in slices): opened with the library read already, the screen rendered them at once.
  const shownRows = useDeferredValue(rows, NO_ROWS);
  // What comes under the screen (the transfer panel) waits for the rows, or they would push it down.
  const rowsPending = shownRows === NO_ROWS && rows.length > 0;

  return (
    <>
      <div className="library">
        <p>
          <a href="#/" onClick={(e) => (e.preventDefault(), showView({ kind: 'home' }))}>
            ← Home
          </a>
        </p>
        <h1>Decision library</h1>
        {/* The rest shows once storage has said how it stands: the status grows as storage opens, the
            library is counted and the browser answers, and whatever showed under it moved down each
            time (a layout shift of 0.14-0.35 on a phone, when the screen painted before that). */}
        {settled ? (
          <>
            <StorageStatus />
            {folderPanel}
            <WaitingDrafts />
            {/* Counted over the whole library only: the newest records alone would undercount. */}
            {loaded && overdue.length > 0 && (
              <section className="card overdue" aria-labelledby="overdue-title">
                <h2 id="overdue-title">
                  {overdue.length === 1 ? 'One decision is past its revisit-by date' : `${overdue.length} decisions are past their revisit-by date`}
                </h2>
                <ul className="overdue-list">
                  {overdue.slice(0, 5).map((entry) => (
                    <li key={entry.key}>
                      <LibraryRow entry={entry} terms={NO_TERMS} due onOpen={open} />
                    </li>
                  ))}
                </ul>
                {overdue.length > 5 && (
                  <button type="button" className="button-secondary" onClick={() => setQuery({ ...query, dueOnly: true })}>
                    Show all {overdue.length} overdue decisions
                  </button>
                )}
              </section>
            )}
            <QuarantineList rows={quarantined} />
            <p>
              <a href="#/trash" onClick={(e) => (e.preventDefault(), showView({ kind: 'trash' }))}>
                Trash (deleted decisions, kept 30 days)
              </a>
            </p>
            {loaded && entries.length === 0 ? (
              <p className="library-empty">No decisions saved yet. Finish a decision and choose “Save decision” to keep it here.</p>
            ) : (
              <>
                <LibraryFilters query={query} tags={tags} onChange={(patch) => setQuery((q) => ({ ...q, ...patch }))} />
                <p className="library-count" role="status">
                  {!loaded && firstPage
                    ? `${firstPage.total} decisions: the ${firstPage.entries.length} changed last are listed while the others load…`
                    : rows.length === entries.length
                      ? `${entries.length} decision${entries.length === 1 ? '' : 's'}`
                      : `${rows.length} of ${entries.length} decisions match`}
                </p>
                {shownRows.length > 0 && <LibraryList rows={shownRows} terms={terms} isDue={isDue} onOpen={open} />}
              </>
            )}
          </>
        ) : (
          <p className="storage-status">Opening saved decisions…</p>
        )}
      </div>
      {settled && !rowsPending && after}
    </>
  );
}
