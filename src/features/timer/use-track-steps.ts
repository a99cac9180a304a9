import { useEffect } from 'react';
import type { TimedStep, Timer } from '../../domain/guidance/schemas';
import { sendGuidance } from '../../store/guidance-actions';
import { now } from './clock';

/**
 * Starts the hour at the first node and notes each move to another step, so the
 * time per step lands in the session (and the record) as instants, not counters.
 */
export function useTrackSteps(step: TimedStep | null, timer: Timer | null): void {
  const last = timer?.visits.at(-1)?.step ?? null;
  useEffect(() => {
    if (step !== null && step !== last) sendGuidance({ type: 'timer.changed', change: { kind: 'visit', step }, at: now() });
  }, [step, last]);
}
