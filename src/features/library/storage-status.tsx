import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRecordsStore, type RecordsState } from '../../store/records';

const selectStatus = (s: RecordsState) => ({ storage: s.storage, persist: s.persist, lastExportAt: s.lastExportAt, count: s.entries.length });

/** Browsers may evict data they did not promise to keep: past this, remind the team to export. */
export const EXPORT_REMINDER_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Says whether the browser promised to keep these decisions and when the library
 * was last exported, with a reminder after 30 days. Storage that is not working
 * is announced by the app-wide `StorageBanner` instead.
 */
export function StorageStatus() {
  const { storage, persist, lastExportAt, count } = useRecordsStore(useShallow(selectStatus));
  // The time the status was first shown: a reminder does not need to tick.
  const [now] = useState(() => Date.now());
  if (storage.kind === 'loading') return <p className="storage-status">Opening saved decisions…</p>;
  if (storage.kind !== 'ready') return null;
  const days = lastExportAt === null ? null : Math.floor((now - Date.parse(lastExportAt)) / DAY_MS);
  const overdue = count > 0 && (days === null || days >= EXPORT_REMINDER_DAYS);
  return (
    <div className="storage-status">
      <p>
        Saved in this browser only.{' '}
        {persist === 'granted'
          ? 'The browser granted persistent storage: it will not clear these decisions on its own.'
          : persist === 'not-granted'
            ? 'The browser did not grant persistent storage: it may clear these decisions when space runs low or after weeks without a visit.'
            : 'Persistent storage is asked for on the first save.'}
      </p>
      {(days !== null || overdue) && (
        <p className={overdue ? 'warning' : undefined}>
          {days === null ? 'This library has never been exported.' : `Last exported ${agoText(days)}.`}
          {overdue && ' Export it to a file now: an exported file is the only copy that survives the browser clearing its data.'}
        </p>
      )}
    </div>
  );
}

function agoText(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}
