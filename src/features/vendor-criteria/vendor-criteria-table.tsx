import { CRITERIA } from '../../domain/guidance/schemas';
import { CRITERION_NAMES, scoreOf, summarise, withScore } from '../../domain/guidance/vendor-criteria';
import type { Criterion } from '../../domain/guidance/schemas';
import type { Candidate } from '../../domain/framing';
import { sendGuidance } from '../../store/guidance-actions';
import { selectSession, useSessionStore } from '../../store/session-store';
import './vendor-criteria.css';

const SCORES = ['1', '2', '3', '4', '5'] as const;

/** Per candidate, an optional 1–5 score and a note for each evaluation criterion, side by side. */
export function VendorCriteriaTable() {
  const session = useSessionStore(selectSession);
  if (!session || session.framing.candidates.length === 0) return null;
  const { candidates } = session.framing;
  const scores = session.vendorScores;
  const set = (candidate: Candidate, criterion: Criterion, patch: { score?: number | null; note?: string }) => {
    const current = scoreOf(scores, candidate.id, criterion);
    sendGuidance({
      type: 'vendor.scored',
      candidateId: candidate.id,
      scores: withScore(scores[candidate.id] ?? {}, criterion, { ...current, ...patch }),
    });
  };
  const summaries = summarise(session.framing, scores);
  return (
    <section className="card vendor-criteria" aria-labelledby="vendor-criteria-title">
      <h2 id="vendor-criteria-title">Vendor evaluation</h2>
      <p className="field-hint">Optional: score each candidate from 1 (poor) to 5 (excellent) and note what you saw.</p>
      <div className="grid-scroll" role="region" aria-label="Vendor scores, side by side" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {candidates.map((c) => (
                <th key={c.id} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CRITERIA.map((criterion) => (
              <tr key={criterion}>
                <th scope="row">{CRITERION_NAMES[criterion]}</th>
                {candidates.map((c) => {
                  const value = scoreOf(scores, c.id, criterion);
                  const label = `${CRITERION_NAMES[criterion]} for ${c.name}`;
                  return (
                    <td key={c.id}>
                      <select
                        aria-label={`${label}: score`}
                        value={value.score === null ? '' : String(value.score)}
                        onChange={(e) => set(c, criterion, { score: e.target.value === '' ? null : Number(e.target.value) })}
                      >
                        <option value="">–</option>
                        {SCORES.map((s) => (
                          <option key={s} value={s}>
                            {s}
                          </option>
                        ))}
                      </select>
                      <input
                        type="text"
                        aria-label={`${label}: note`}
                        value={value.note}
                        onChange={(e) => set(c, criterion, { note: e.target.value })}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Average of the scored criteria</th>
              {summaries.map((s) => (
                <td key={s.id}>{s.average === null ? 'Not scored' : `${s.average} (${s.scored} of ${CRITERIA.length})`}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
