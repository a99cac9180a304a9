import { useShallow } from 'zustand/react/shallow';
import { describeFailure } from '../../store/storage-view';
import { useRecordsStore, type RecordsState } from '../../store/records';
import { selectSession, useSessionStore, type SessionStore } from '../../store/session-store';
import { exportHeldLibrary, exportSessionRecord } from './rescue-export';

const selectBanner = (s: RecordsState) => ({ storage: s.storage, held: Math.max(s.records.size, s.entries.length) });
const selectHasSession = (s: SessionStore) => selectSession(s) !== null;

/**
 * App-wide notice whenever decisions are not being saved: storage unavailable,
 * full, closed under the app, taken over by a newer version in another tab, or
 * waiting for an old tab to close or for another tab's update. The work stays in memory and can be exported.
 */
export function StorageBanner() {
  const { storage, held } = useRecordsStore(useShallow(selectBanner));
  const hasSession = useSessionStore(selectHasSession);
  if (storage.kind === 'loading' || storage.kind === 'ready') return null;
  if (storage.kind === 'waiting') {
    return (
      <div className="warning storage-banner" role="status">
        <p>
          <strong>Opening your saved decisions is taking longer than it should.</strong> Another Forkpoint tab is probably
          updating them; it opens here once that is done. If this stays, close the other Forkpoint tabs.
        </p>
      </div>
    );
  }
  if (storage.kind === 'blocked') {
    return (
      <div className="warning storage-banner" role="alert">
        <p>
          <strong>Forkpoint was updated, and another tab still runs the old version.</strong> Close the other Forkpoint tabs to
          continue: your saved decisions open as soon as it is closed.
        </p>
      </div>
    );
  }
  const message =
    storage.kind === 'updated'
      ? 'Forkpoint was updated in another tab. This tab kept your work as a draft and stopped saving: reload to continue with the new version.'
      : describeFailure(storage.failure);
  return (
    <div className="warning storage-banner" role="alert">
      <p>
        <strong>{storage.kind === 'updated' ? 'Updated — reload.' : 'Not saving.'}</strong> {message}
      </p>
      <p className="storage-banner-actions">
        {storage.kind === 'updated' && (
          <button type="button" className="button-primary" onClick={() => window.location.reload()}>
            Reload
          </button>
        )}
        {hasSession && (
          <button type="button" className="button-secondary" onClick={exportSessionRecord}>
            Export this decision to a file
          </button>
        )}
        {held > 0 && (
          <button type="button" className="button-secondary" onClick={() => void exportHeldLibrary()}>
            Export every decision held in this tab
          </button>
        )}
      </p>
    </div>
  );
}
