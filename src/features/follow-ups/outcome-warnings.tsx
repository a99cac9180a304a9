import type { OutcomeWarning } from '../../domain/guidance/warnings';

/** The warnings and reminders the outcome, the follow-ups and the profile call for. */
export function OutcomeWarnings({ warnings }: { warnings: readonly OutcomeWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="outcome-warnings" aria-label="Warnings">
      {warnings.map((w) => (
        <li key={w.key} className="warning" data-warning={w.key}>
          {w.text}
        </li>
      ))}
    </ul>
  );
}
