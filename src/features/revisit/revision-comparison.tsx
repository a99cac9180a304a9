import { compareRevisions, type ChangeSection } from '../../domain/record/compare';
import type { Revision } from '../../domain/record/record';

const SECTION_NAMES: Record<ChangeSection, string> = { framing: 'Inputs', answers: 'Answers', outcome: 'Outcome', costs: 'Three-year cost' };

/** What differs between two revisions, side by side; an empty side means "not given". */
export function RevisionComparisonTable({ a, b }: { a: Revision; b: Revision }) {
  const { changes } = compareRevisions(a, b);
  return (
    <div className="comparison" aria-live="polite">
      <h3>
        Revision {a.number} compared with revision {b.number}
      </h3>
      {changes.length === 0 ? (
        <p>Nothing changed between these revisions.</p>
      ) : (
        <table className="comparison-table">
          <caption>
            {changes.length === 1 ? 'One difference' : `${changes.length} differences`} between revision {a.number} and revision {b.number}
          </caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">What</th>
              <th scope="col">Revision {a.number}</th>
              <th scope="col">Revision {b.number}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={`${c.section}:${c.label}`} className={`change-${c.section}`}>
                <td>{SECTION_NAMES[c.section]}</td>
                <th scope="row">{c.label}</th>
                <td>{c.before || '—'}</td>
                <td>{c.after || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
