import { useEffect, useState } from 'react';
import { now } from './clock';

/** The clock, re-read every second while `running`; the reading itself is never stored. */
export function useNow(running: boolean): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    // While paused the elapsed time does not move, so there is nothing to re-read.
    if (!running) return;
    const id = setInterval(() => setTime(now()), 1000);
    return () => clearInterval(id);
  }, [running]);
  return time;
}
