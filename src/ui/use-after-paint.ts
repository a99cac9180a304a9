import { startTransition, useEffect, useState } from 'react';

/**
 * False until the browser has painted the screen this component mounted with, then true, in a
 * render of its own that React may interrupt. For a heavy part that can show a moment later (the
 * map's canvas): mounted with the rest of the screen, its work, and the layout it reads, would make
 * one long task of the screen's first commit; this way the screen lays out and paints first, and
 * the heavy part mounts in a task of its own.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callbacks run before it lays out and paints; a timeout set there runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
