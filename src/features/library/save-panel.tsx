import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { followUpChecklist, canDecide } from '../../domain/guidance/follow-ups';
import type { RecordId } from '../../domain/record/record';
import { describeFailure } from '../../store/storage-view';
import { reloadStoredVersion, saveCurrentSession, saveSessionAsCopy, saveSessionToFolder, showView, useRecordsStore, type RecordsState, useFolderStore, type FolderState } from '../../store/records';
import { selectSession, useSessionStore } from '../../store/session-store';
import { exportSessionRecord } from './rescue-export';
import { StorageStatus } from './storage-status';

const selectSavePanel = (s: RecordsState) => ({
  save: s.save,
  work: s.work,
  storage: s.storage,
  // Another tab saved this record after this tab loaded it: a save here would be refused.
  stale: s.work.recordId !== null && (s.records.get(s.work.recordId)?.saveCount ?? s.work.saveCount) !== s.work.saveCount,
});

/**
 * "Save decision" on the outcome screen. Reports "Saved" only once the storage
 * transaction committed; a conflict with another tab offers reload or a copy.
 * An outcome with a blocking follow-up missing is saved as a draft, and says why.
 */
export function SavePanel({ onExport = exportSessionRecord }: { onExport?: (() => void) | undefined }) {
  const { save, work, storage, stale } = useRecordsStore(useShallow(selectSavePanel));
  const session = useSessionStore(selectSession);
  const decided = session !== null && canDecide(session);
  const blocking = session === null ? [] : followUpChecklist(session).filter((i) => i.blocking && !i.done);
  const revisit = work.recordId !== null && work.whatChanged !== '';
  const conflict = save.kind === 'conflict' || (stale && save.kind !== 'saving');
  return (
    <section className="card save-panel" aria-labelledby="save-title">
      <h2 id="save-title">Keep this decision</h2>
      {revisit && <p>This is a revisit. What changed: “{work.whatChanged}”. Saving adds a new revision; the earlier ones are kept.</p>}
      {!decided && blocking.length > 0 && (
        <div className="notice" id="save-blocking">
          <p>Not ready to be recorded as decided: it will be saved as a draft until this is done.</p>
          <ul>
            {blocking.map((i) => (
              <li key={i.key}>
                <strong>{i.label}:</strong> {i.missing}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        className="button-primary"
        onClick={() => void saveCurrentSession()}
        disabled={save.kind === 'saving' || storage.kind === 'loading'}
        aria-describedby={!decided && blocking.length > 0 ? 'save-blocking' : undefined}
      >
        {work.recordId ? 'Save changes to the decision' : 'Save decision'}
      </button>
      <SaveToFolder />
      <div aria-live="polite" className="save-result">
        {save.kind === 'saving' && <p>Saving…</p>}
        {save.kind === 'saved' && !stale && (
          <p className="saved">
            Saved as revision {save.revision}.{decided ? '' : ' It is kept as a draft until the follow-ups above are done.'}{' '}
            <a href={`#/records/${encodeURIComponent(save.recordId)}`} onClick={(e) => (e.preventDefault(), showRecord(save.recordId))}>
              Open it in the library
            </a>
          </p>
        )}
        {save.kind === 'refused' && <p className="field-error">{save.message}</p>}
      </div>
      {conflict && (
        <div className="warning" role="alert">
          <p>
            <strong>
              {save.kind === 'conflict'
                ? 'Not saved: another tab changed this decision after you opened it.'
                : 'Another tab saved a newer version of this decision.'}
            </strong>{' '}
            Your version is still here and nothing was overwritten. Load the stored version (your changes here are dropped), or keep
            yours as a separate copy.
          </p>
          <button type="button" className="button-secondary" onClick={() => void reloadStoredVersion()}>
            Reload the stored version
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => void saveSessionAsCopy()}>
            Save as a copy
          </button>
        </div>
      )}
      {(save.kind === 'failed' || save.kind === 'unwritable') && (
        <div className="warning" role="alert">
          <p>
            <strong>Not saved.</strong>{' '}
            {save.kind === 'failed'
              ? describeFailure(save.failure)
              : `Stored like this, the decision could not be read back. ${save.reason} Your work is still here: export it to a file, or shorten the longest text and save again.`}
          </p>
          {onExport && (
            <button type="button" className="button-secondary" onClick={onExport}>
              Export to a file
            </button>
          )}
        </div>
      )}
      <StorageStatus />
    </section>
  );
}

const selectFolder = (s: FolderState) => s.status;

/** "Save to the folder" while a writable decisions folder is open: a new Markdown file there. */
function SaveToFolder() {
  const status = useFolderStore(selectFolder);
  const [written, setWritten] = useState<string | null>(null);
  if (status.kind !== 'open' || !status.writable) return null;
  const save = async () => setWritten(await saveSessionToFolder());
  return (
    <>
      {' '}
      <button type="button" className="button-secondary" onClick={() => void save()}>
        Save to the folder “{status.name}”
      </button>
      {written && <p role="status">Written to the folder as {written}.</p>}
    </>
  );
}

function showRecord(id: RecordId): void {
  useSessionStore.getState().close();
  showView({ kind: 'record', id, compare: null });
}
