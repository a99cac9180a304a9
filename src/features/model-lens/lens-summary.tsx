import { useState } from 'react';
import { crossoverSentence } from '../../domain/cost/crossover';
import { LENS_NAMES, lensApplies, recommendLens } from '../../domain/guidance/model-lens';
import { selectSession, useSessionStore } from '../../store/session-store';
import { LensForm } from './lens-form';

/** The model-layer recommendation beside the tree's outcome, with its reasons; its answers can be changed here. */
export function LensSummary() {
  const session = useSessionStore(selectSession);
  const [editing, setEditing] = useState(false);
  if (!session || !lensApplies(session)) return null;
  const lens = session.modelLens;
  const advice = lens ? recommendLens(lens, session.costs ? crossoverSentence(session.costs) : null) : null;
  return (
    <section className="card lens-summary" aria-labelledby="lens-summary-title">
      <h2 id="lens-summary-title">The model layer</h2>
      {advice ? (
        <>
          <p className="lens-recommendation">
            Recommendation: <strong>{LENS_NAMES[advice.recommendation]}</strong>
          </p>
          <ul>
            {advice.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>The model-layer questions have not been answered.</p>
      )}
      {editing ? (
        <LensForm initial={lens} submitLabel="Save the model-layer answers" onRecorded={() => setEditing(false)}>
          <button type="button" className="button-secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </LensForm>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
          {advice ? 'Change the model-layer answers' : 'Answer the model-layer questions'}
        </button>
      )}
    </section>
  );
}
