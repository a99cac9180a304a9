import { useState } from 'react';
import type { DecisionRecord } from '../../domain/record/record';
import { showView, deleteBrowserRecord } from '../../store/records';

/** "Delete" for a browser record: it moves to the Trash for 30 days, after a confirmation. */
export function DeleteRecord({ record }: { readonly record: DecisionRecord }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="card no-print" aria-labelledby="delete-record-title">
      <h2 id="delete-record-title">Delete</h2>
      {confirming ? (
        <p>
          Move this decision to the Trash? It can be restored for 30 days.{' '}
          <button type="button" className="button-secondary" onClick={() => void deleteBrowserRecord(record.id).then((done) => done && showView({ kind: 'trash' }))}>
            Move to the Trash
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
          Delete this decision
        </button>
      )}
    </section>
  );
}
