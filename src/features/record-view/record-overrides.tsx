import { overridesOf } from '../../domain/overrides';
import type { Session } from '../../domain/session';

/** Where the team answered against the app's suggestion (nodes 2–5), with the reason it gave. */
export function RecordOverrides({ session }: { session: Session }) {
  const overrides = overridesOf(session);
  if (overrides.length === 0) return null;
  return (
    <section className="card" aria-labelledby="record-overrides">
      <h2 id="record-overrides">Suggestions the team overrode</h2>
      <ul>
        {overrides.map((o) => (
          <li key={`${o.nodeNumber}-${o.candidate ?? ''}`}>
            <strong>
              {o.nodeNumber}. {o.nodeTitle}
              {o.candidate ? ` — ${o.candidate}` : ''}
            </strong>
            : the app suggested {o.suggested}; the team answered {o.answered}. Reason: {o.reason || 'none was recorded.'}
          </li>
        ))}
      </ul>
    </section>
  );
}
