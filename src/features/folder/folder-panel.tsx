import { useShallow } from 'zustand/react/shallow';
import { canOpenFolders, dismissFolderNotice, openFolder, openFolderReadOnly, reopenFolder, rescanFolder, useFolderStore, type FolderState } from '../../store/records';
import { FileButton } from '../../ui/file-button';
import { FolderFormatControl } from './folder-format-control';
import { RefusedFiles } from './refused-files';
import './folder.css';

const selectPanel = (s: FolderState) => ({ status: s.status, scanning: s.scanning, notice: s.notice, count: s.entries.length, items: s.items, lastScan: s.lastScan });

/**
 * The team's decisions folder: open it (or reopen the one from last time), rescan it,
 * and what happened in it. Browsers without folder access can still read one.
 */
export function FolderPanel() {
  const { status, scanning, notice, count, items, lastScan } = useFolderStore(useShallow(selectPanel));
  const supported = canOpenFolders();
  return (
    <section className="card folder-panel" aria-labelledby="folder-title">
      <h2 id="folder-title">Decisions folder</h2>
      {status.kind === 'open' ? (
        <>
          <p>
            <strong>{status.name}</strong>: {count === 1 ? 'one decision' : `${count} decisions`} listed in the library
            {status.writable ? '.' : ', read-only (this browser cannot write to folders).'}{' '}
            {scanning && <span>Reading changes…</span>}
          </p>
          {lastScan && (
            <p className="folder-last-scan" data-scans={lastScan.count}>
              Checked {lastScan.files} files at {new Date(lastScan.at).toLocaleTimeString()}; {lastScan.read === 0 ? 'none' : lastScan.read} had
              to be read.
            </p>
          )}
          <p className="folder-actions">
            <button type="button" className="button-secondary" onClick={() => void rescanFolder()} disabled={scanning}>
              Rescan the folder
            </button>
            {supported && (
              <button type="button" className="button-secondary" onClick={() => void openFolder()}>
                Open another folder
              </button>
            )}
          </p>
          {status.writable && <FolderFormatControl />}
          <RefusedFiles items={items} />
        </>
      ) : (
        <>
          <p>
            Keep decisions where the code lives: open the repository’s decisions folder (such as <code>docs/decisions</code>) to list
            every ADR in it and save new ones there as Markdown files.
          </p>
          {status.kind === 'remembered' && (
            <p>
              <button type="button" className="button-primary" onClick={() => void reopenFolder()}>
                Reopen “{status.name}”
              </button>{' '}
              <span className="hint">The browser asks again for access to the folder; it can only ask after a click.</span>
            </p>
          )}
          {status.kind === 'failed' && <p className="field-error">{status.message}</p>}
          {supported ? (
            <button type="button" className={status.kind === 'remembered' ? 'button-secondary' : 'button-primary'} onClick={() => void openFolder()}>
              Open a decisions folder
            </button>
          ) : (
            <>
              <p id="folder-unsupported">
                This browser cannot write to folders on your disk (Chromium-based browsers such as Chrome and Edge can). You can still
                read one: its decisions are listed, but nothing is saved there.
              </p>
              <FileButton label="Read a decisions folder" folder onFiles={(files) => void openFolderReadOnly(files)} />
            </>
          )}
        </>
      )}
      {notice && (
        <div className="notice" role="status">
          <p>{notice}</p>
          <button type="button" className="button-secondary" onClick={dismissFolderNotice}>
            Dismiss
          </button>
        </div>
      )}
    </section>
  );
}
