import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's main heading. It takes focus when it mounts, so keyboard and screen
 * reader users land on the new step; mount each step with its own `key`.
 */
export function StepHeading({ children, kicker }: { children: ReactNode; kicker?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // In the next frame rather than in the commit: focus() lays the page out (to scroll the heading
    // into view), and in the commit that whole first layout would land in the task that mounted the
    // screen (on a restored outcome, 30 ms more of one task on a phone). The frame lays it out anyway,
    // before it paints, so the heading still has focus by the time the step shows.
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <header className="step-header">
      {kicker && <p className="kicker">{kicker}</p>}
      <h1 ref={ref} tabIndex={-1} className="step-heading">
        {children}
      </h1>
    </header>
  );
}
