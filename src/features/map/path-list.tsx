import { useId } from 'react';
import { decide } from '../../domain/decision';
import { describePath } from '../../domain/explain';
import type { Session } from '../../domain/session';
import { pathLines } from './path-lines';

/** The map's text alternative: the path so far as an ordered list. */
export function PathList({ session }: { readonly session: Session }) {
  const headingId = useId();
  const lines = pathLines(describePath(session), decide(session), session);
  return (
    <section className="map-path" aria-labelledby={headingId}>
      <h2 id={headingId} className="map-path__heading">
        Path so far
      </h2>
      {lines.length === 0 ? (
        <p>No answers yet.</p>
      ) : (
        <ol className="map-path__list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
