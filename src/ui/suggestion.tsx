import type { ReactNode } from 'react';

/** The app's computed suggestion and why, shown next to the choice it pre-selects. */
export function Suggestion({ children, reasons = [] }: { children: ReactNode; reasons?: readonly string[] }) {
  return (
    <div className="suggestion">
      <p className="suggestion-title">
        <span className="suggestion-label">Suggestion</span> {children}
      </p>
      {reasons.length > 0 && (
        <ul className="suggestion-reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
