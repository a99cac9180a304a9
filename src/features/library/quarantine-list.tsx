import type { QuarantinedRow } from '../../store/storage-view';
import { rawToText } from '../../store/storage-view';
import { saveFile } from '../../ui/save-file';

/** Stored rows that could not be read: listed with the reason, kept, exportable as they are. */
export function QuarantineList({ rows }: { rows: readonly QuarantinedRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="card quarantine" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{rows.length === 1 ? 'One stored decision could not be read' : `${rows.length} stored decisions could not be read`}</h2>
      <p>They are kept exactly as stored and never overwritten. Export one to inspect or repair it.</p>
      <ul>
        {rows.map((row) => (
          <li key={row.key}>
            <strong>{row.key}</strong>: could not be read — {row.reason}{' '}
            <button type="button" className="button-secondary" onClick={() => saveFile(`unreadable-${safeName(row.key)}.json`, rawToText(row.raw))}>
              Export raw data of {row.key}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function safeName(key: string): string {
  return key.replace(/[^\w-]+/g, '_').slice(0, 60);
}
