import { useShallow } from 'zustand/react/shallow';
import { describeFailure } from '../../storage/storage-errors';
import { useRecordsStore, type RecordsState } from '../../store/records-store';

const selectStatus = (s: RecordsState) => ({ storage: s.storage, persist: s.persist });

/** Says whether decisions are being saved in this browser, and whether the browser promised to keep them. */
export function StorageStatus({ onExport }: { onExport?: (() => void) | undefined }) {
  const { storage, persist } = useRecordsStore(useShallow(selectStatus));
  switch (storage.kind) {
    case 'loading':
      return <p className="storage-status">Opening saved decisions…</p>;
    case 'blocked':
      return (
        <p className="warning storage-status" role="alert">
          Forkpoint was updated and another tab still runs the old version. Close the other Forkpoint tabs to continue.
        </p>
      );
    case 'failed':
      return (
        <div className="warning storage-status" role="alert">
          <p>
            <strong>Not saving.</strong> {describeFailure(storage.failure)}
          </p>
          {onExport && (
            <button type="button" className="button-secondary" onClick={onExport}>
              Export to a file
            </button>
          )}
        </div>
      );
    case 'ready':
      return (
        <p className="storage-status">
          Saved in this browser only.{' '}
          {persist === 'granted'
            ? 'The browser granted persistent storage: it will not clear these decisions on its own.'
            : persist === 'not-granted'
              ? 'The browser did not grant persistent storage: it may clear these decisions when space runs low. Export the ones that matter.'
              : 'Persistent storage is asked for on the first save.'}
        </p>
      );
  }
}
