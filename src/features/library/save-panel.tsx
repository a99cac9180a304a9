import { useShallow } from 'zustand/react/shallow';
import type { RecordId } from '../../domain/record';
import { describeFailure } from '../../storage/storage-errors';
import { reloadStoredVersion, saveCurrentSession, saveSessionAsCopy, showView } from '../../store/records-actions';
import { useRecordsStore, type RecordsState } from '../../store/records-store';
import { useSessionStore } from '../../store/session-store';
import { downloadText } from './download';
import { StorageStatus } from './storage-status';

const selectSavePanel = (s: RecordsState) => ({ save: s.save, work: s.work, storage: s.storage });

/**
 * "Save decision" on the outcome screen. Reports "Saved" only once the storage
 * transaction committed; a conflict with another tab offers reload or a copy.
 */
export function SavePanel({ onExport = exportSessionJson }: { onExport?: (() => void) | undefined }) {
  const { save, work, storage } = useRecordsStore(useShallow(selectSavePanel));
  const revisit = work.recordId !== null && work.whatChanged !== '';
  return (
    <section className="card save-panel" aria-labelledby="save-title">
      <h2 id="save-title">Keep this decision</h2>
      {revisit && <p>This is a revisit. What changed: “{work.whatChanged}”. Saving adds a new revision; the earlier ones are kept.</p>}
      <button type="button" className="button-primary" onClick={() => void saveCurrentSession()} disabled={save.kind === 'saving' || storage.kind === 'loading'}>
        {work.recordId ? 'Save changes to the decision' : 'Save decision'}
      </button>
      <div aria-live="polite" className="save-result">
        {save.kind === 'saving' && <p>Saving…</p>}
        {save.kind === 'saved' && (
          <p className="saved">
            Saved as revision {save.revision}.{' '}
            <a href={`#/records/${encodeURIComponent(save.recordId)}`} onClick={(e) => (e.preventDefault(), showRecord(save.recordId))}>
              Open it in the library
            </a>
          </p>
        )}
        {save.kind === 'refused' && <p className="field-error">{save.message}</p>}
      </div>
      {save.kind === 'conflict' && (
        <div className="warning" role="alert">
          <p>
            <strong>Not saved: another tab changed this decision after you opened it.</strong> Your version is still here. Load the
            stored version (your changes here are dropped), or keep yours as a separate copy.
          </p>
          <button type="button" className="button-secondary" onClick={reloadStoredVersion}>
            Reload the stored version
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => void saveSessionAsCopy()}>
            Save as a copy
          </button>
        </div>
      )}
      {save.kind === 'failed' && (
        <div className="warning" role="alert">
          <p>
            <strong>Not saved.</strong> {describeFailure(save.failure)}
          </p>
          {onExport && (
            <button type="button" className="button-secondary" onClick={onExport}>
              Export to a file
            </button>
          )}
        </div>
      )}
      <StorageStatus onExport={onExport} />
    </section>
  );
}

function showRecord(id: RecordId): void {
  useSessionStore.getState().close();
  showView({ kind: 'record', id, compare: null });
}

/** The fallback export: the open session as JSON, so work survives when storage does not. */
function exportSessionJson(): void {
  const session = useSessionStore.getState().session;
  if (!session) return;
  const name = session.framing.componentName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'decision';
  downloadText(`${name}-unsaved.json`, JSON.stringify({ kind: 'forkpoint-session', session }, null, 2));
}
