import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { calendarDay } from '../../domain/calendar-day';
import { currentRevision } from '../../domain/record/record';
import { daysLeft, TRASH_DAYS } from '../../domain/trash';
import { showView, loadTrash, restoreFromTrash, useTrashStore, type TrashState } from '../../store/records';

const selectTrash = (s: TrashState) => ({ entries: s.entries, loaded: s.loaded, notice: s.notice });

/** Deleted decisions, kept 30 days: each can be restored where it came from. */
export function TrashScreen() {
  const { entries, loaded, notice } = useTrashStore(useShallow(selectTrash));
  useEffect(() => void loadTrash(), []);
  const now = new Date().toISOString();
  return (
    <div className="trash">
      <p>
        <a href="#/library" onClick={(e) => (e.preventDefault(), showView({ kind: 'library' }))}>
          ← Decision library
        </a>
      </p>
      <h1>Trash</h1>
      <p>Deleted decisions stay here for {TRASH_DAYS} days, then they are removed for good. Restore one to put it back.</p>
      {notice && <p role="status">{notice}</p>}
      {loaded && entries.length === 0 && <p>The Trash is empty.</p>}
      <ul className="trash-list">
        {entries.map((entry) => {
          const name = currentRevision(entry.record).session.framing.componentName || 'Untitled decision';
          const left = daysLeft(entry, now);
          return (
            <li key={entry.record.id} className="card">
              <h2>{name}</h2>
              <p>
                Deleted {calendarDay(entry.deletedAt)}
                {entry.origin.kind === 'folder' ? ` from ${entry.origin.path} in “${entry.origin.folder}”` : ' from this browser'} ·{' '}
                {left === 1 ? 'removed tomorrow' : `removed in ${left} days`}
              </p>
              <button type="button" className="button-secondary" onClick={() => void restoreFromTrash(entry.record.id)} aria-label={`Restore ${name}`}>
                Restore
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
