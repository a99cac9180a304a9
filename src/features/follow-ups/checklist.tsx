import type { ChecklistItem } from '../../domain/guidance/follow-ups';

/** The follow-ups this outcome demands, done or with what is missing. */
export function Checklist({ items }: { items: readonly ChecklistItem[] }) {
  const missing = items.filter((i) => !i.done).length;
  return (
    <div className="follow-up-checklist">
      <p id="follow-ups-status">{missing === 0 ? 'Every follow-up is in place.' : `${missing} of ${items.length} follow-ups still missing.`}</p>
      <ul aria-describedby="follow-ups-status">
        {items.map((item) => (
          <li key={item.key} className={item.done ? 'is-done' : 'is-missing'}>
            <span className="check-mark" aria-hidden="true">
              {item.done ? '✓' : '○'}
            </span>{' '}
            <strong>{item.label}</strong>
            <span className="visually-hidden">{item.done ? ' — done' : ' — missing'}</span>
            {!item.done && (
              <>
                {item.blocking && <span className="badge badge-required">Required to decide</span>}
                <span className="follow-up-missing"> {item.missing}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
