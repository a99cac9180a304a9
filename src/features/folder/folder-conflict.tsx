import { fileChanges } from '../../domain/folder/file-changes';
import { reloadFromFolder, saveConflictAsNewFile, type FolderConflict } from '../../store/records';

/** A save refused because the file changed on disk: what differs, and the two ways on. Nothing was overwritten. */
export function FolderConflictPanel({ conflict }: { readonly conflict: FolderConflict }) {
  const changes = fileChanges(conflict.base, conflict.disk);
  return (
    <div className="warning" role="alert">
      <p>
        <strong>Not saved: {conflict.disk === '' ? 'the file was deleted from the folder' : 'the file changed in the folder'} after you opened it.</strong>{' '}
        Nothing was overwritten. Reload it to see the folder’s version, or keep your change as a new file beside it.
      </p>
      {changes.length > 0 && (
        <>
          <p>What changed in the folder:</p>
          <ul className="folder-changes">
            {changes.map((change, i) => (
              <li key={i}>
                <span className="visually-hidden">{change.kind === 'added' ? 'Added: ' : 'Removed: '}</span>
                <code className={`change-${change.kind}`}>
                  {change.kind === 'added' ? '+ ' : '− '}
                  {change.line}
                </code>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button-secondary" onClick={() => void reloadFromFolder()}>
        Reload from the folder
      </button>{' '}
      <button type="button" className="button-secondary" onClick={() => void saveConflictAsNewFile()}>
        Save as a new file
      </button>
    </div>
  );
}
