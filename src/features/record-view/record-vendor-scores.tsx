import { CRITERION_NAMES, criteriaInUse, scoreOf, summarise } from '../../domain/guidance/vendor-criteria';
import type { Session } from '../../domain/session';

/** The 1–5 vendor scores and notes per criterion, only the criteria someone scored or annotated. */
export function RecordVendorScores({ session }: { session: Session }) {
  const { framing, vendorScores } = session;
  const { candidates } = framing;
  const used = criteriaInUse(framing, vendorScores);
  if (candidates.length === 0 || used.length === 0) return null;
  return (
    <section className="card" aria-labelledby="record-vendor-scores">
      <h2 id="record-vendor-scores">Vendor scores</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {candidates.map((c) => (
              <th scope="col" key={c.id}>{c.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {used.map((k) => (
            <tr key={k}>
              <th scope="row">{CRITERION_NAMES[k]}</th>
              {candidates.map((c) => {
                const s = scoreOf(vendorScores, c.id, k);
                return <td key={c.id}>{[s.score === null ? '' : `${s.score}/5`, s.note.trim()].filter(Boolean).join(' — ') || '—'}</td>;
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">Average</th>
            {summarise(framing, vendorScores).map((s) => (
              <td key={s.id}>{s.average === null ? '—' : `${s.average}/5 (${s.scored} scored)`}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
