import { useState } from 'react';
import type { DecisionRecord } from '../../domain/record/record';
import { beginRevisit } from '../../store/records';

/** "Revisit": asks for the new information first, then reopens the walk in the wizard. */
export function RevisitForm({ record }: { record: DecisionRecord }) {
  const [whatChanged, setWhatChanged] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (record.status === 'superseded') return null;
  return (
    <section className="card no-print" aria-labelledby="revisit-title">
      <h2 id="revisit-title">Revisit this decision</h2>
      <p>A revisit walks the tree again from these answers. Answers you leave alone carry over; a changed one clears what follows it. The earlier revisions are kept.</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setError(beginRevisit(record, whatChanged));
        }}
      >
        <div className="field">
          <label htmlFor="what-changed">What changed? (required)</label>
          <textarea
            id="what-changed"
            value={whatChanged}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'what-changed-error' : undefined}
            onChange={(e) => setWhatChanged(e.target.value)}
            rows={3}
          />
          {error && (
            <p id="what-changed-error" className="field-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button-primary">
          Start revisit
        </button>
      </form>
    </section>
  );
}
