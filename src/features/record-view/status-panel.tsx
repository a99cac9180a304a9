import { useState } from 'react';
import { SelectField } from '../../ui/select-field';
import { RecordHistory } from '../../ui/record-history';
import { STATUS_NAMES, type DecisionRecord, type Status } from '../../domain/record/record';
import { allowedStatuses } from '../../domain/record/ops';
import { setRecordStatus } from '../../store/records';

/** The status with its dated history (edits made in the file too), and the changes MADR's lifecycle allows from here. */
export function StatusPanel({ record }: { record: DecisionRecord }) {
  const allowed = allowedStatuses(record);
  const [to, setTo] = useState<Status | ''>('');
  const [note, setNote] = useState('');
  const target = to !== '' && allowed.includes(to) ? to : (allowed[0] ?? null);
  return (
    <section className="card" aria-labelledby="record-status">
      <h2 id="record-status">Status: {STATUS_NAMES[record.status]}</h2>
      <RecordHistory record={record} />
      {target && (
        <form
          className="status-change no-print"
          onSubmit={(e) => {
            e.preventDefault();
            void setRecordStatus(record.id, target, note).then(() => setNote(''));
          }}
        >
          <SelectField name="status-to" label="Change status to" value={target} choices={allowed.map((s) => ({ value: s, label: STATUS_NAMES[s] }))} onChange={(s) => s && setTo(s)} />
          <div className="field">
            <label htmlFor="status-note">Note (optional)</label>
            <input id="status-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit" className="button-secondary">
            Mark as {STATUS_NAMES[target].toLowerCase()}
          </button>
        </form>
      )}
    </section>
  );
}
