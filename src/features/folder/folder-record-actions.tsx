import { useState } from 'react';
import { RecordHistory } from '../../ui/record-history';
import { SelectField } from '../../ui/select-field';
import type { FolderItem } from '../../domain/folder/folder-item';
import { STATUS_NAMES, type Status } from '../../domain/record/record';
import { allowedStatuses, changeStatus } from '../../domain/record/ops';
import { copyFolderRecordToBrowser, deleteFolderRecord, replaceFolderRecord, showView } from '../../store/records';

type RecordItem = Extract<FolderItem, { kind: 'record' }>;

/**
 * What can be done with one of our records kept in the folder. A status change is
 * based on the file as it was when this screen opened: if the file changes on disk
 * meanwhile, the save is refused rather than overwrite it.
 */
export function FolderRecordActions({ item, writable }: { readonly item: RecordItem; readonly writable: boolean }) {
  const { record } = item;
  // The file as read when the user started: what a save here is based on.
  const [base, setBase] = useState(item.text);
  const allowed = allowedStatuses(record);
  const [to, setTo] = useState<Status | ''>('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const target = to !== '' && allowed.includes(to) ? to : (allowed[0] ?? null);
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="folder-record-status">
      <h2 id="folder-record-status">Status: {STATUS_NAMES[record.status]}</h2>
      <RecordHistory record={record} />
      {writable && target && (
        <form
          className="status-change"
          onSubmit={(e) => {
            e.preventDefault();
            const op = changeStatus(record, target, new Date().toISOString(), '');
            if (!op.ok) return setRefusal(op.error);
            setRefusal(null);
            const changed = op.value[0];
            if (changed) void replaceFolderRecord(item.stamp.path, base, changed).then((written) => written !== null && setBase(written));
          }}
        >
          <SelectField name="folder-status-to" label="Change status to" value={target} choices={allowed.map((s) => ({ value: s, label: STATUS_NAMES[s] }))} onChange={(s) => s && setTo(s)} />
          <button type="submit" className="button-secondary">
            Mark as {STATUS_NAMES[target].toLowerCase()} in the file
          </button>
          {refusal && <p className="field-error">{refusal}</p>}
        </form>
      )}
      <p className="folder-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => void copyFolderRecordToBrowser(item.stamp.path).then((message) => setCopied(message))}
        >
          Copy to this browser
        </button>
        {writable && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => void deleteFolderRecord(item.stamp.path).then((deleted) => deleted && showView({ kind: 'library' }))}
          >
            Delete the file (a copy stays in the Trash)
          </button>
        )}
      </p>
      {copied && <p role="status">{copied}</p>}
    </section>
  );
}
