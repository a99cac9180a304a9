import { useEffect, useRef, type ReactNode } from 'react';
import { focusNextFrame } from './focus-next-frame';

/**
 * A screen's main heading. It takes focus when it mounts, so keyboard and screen
 * reader users land on the new step; mount each step with its own `key`.
 */
export function StepHeading({ children, kicker }: { children: ReactNode; kicker?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // After the screen's commit, in the frame that paints it (see focusNextFrame).
  useEffect(() => focusNextFrame(() => ref.current), []);
  return (
    <header className="step-header">
      {kicker && <p className="kicker">{kicker}</p>}
      <h1 ref={ref} tabIndex={-1} className="step-heading">
        {children}
      </h1>
    </header>
  );
}
