import type { Session } from '../session';
import type { TimedStep, Timer } from './schemas';

const MINUTE = 60_000;
export const TIMEBOX_MINUTES = 60;

/**
 * A suggested share of the hour per step. The framing is part of the hour (a team
 * that spends half of it framing should see so); with the model-layer questions,
 * node 1 gives up a few minutes.
 */
export function budgetMinutes(step: TimedStep, withLens: boolean): number {
  const budget: Record<TimedStep, number> = {
    framing: 5,
    lens: withLens ? 5 : 0,
    differentiator: withLens ? 5 : 10,
    maturity: 10,
    requirements: 15,
    gaps: 5,
    maintenance: 5,
    outcome: 10,
  };
  return budget[step];
}

/** True once a step has taken more than its share of the hour: the timer marks it. */
export function overItsShare(step: TimedStep, spentMs: number, withLens: boolean): boolean {
  return spentMs > budgetMinutes(step, withLens) * MINUTE;
}

/** The step the clock is counting against: the lens questions stand in front of node 1 until answered. */
export function timedStep(session: Session, lensPending: boolean): TimedStep {
  const { step } = session;
  return step === 'differentiator' && lensPending ? 'lens' : step;
}

export function startTimer(at: number, step: TimedStep): Timer {
  const iso = new Date(at).toISOString();
  return { startedAt: iso, pauses: [], visits: [{ step, at: iso }] };
}

export function isPaused(timer: Timer): boolean {
  return timer.pauses.at(-1)?.to === null;
}

export function pause(timer: Timer, at: number): Timer {
  return isPaused(timer) ? timer : { ...timer, pauses: [...timer.pauses, { from: new Date(at).toISOString(), to: null }] };
}

export function resume(timer: Timer, at: number): Timer {
  const last = timer.pauses.at(-1);
  if (!last || last.to !== null) return timer;
  return { ...timer, pauses: [...timer.pauses.slice(0, -1), { from: last.from, to: new Date(at).toISOString() }] };
}

/** Records that the team moved to `step`; a repeat of the current step changes nothing. */
export function visit(timer: Timer, step: TimedStep, at: number): Timer {
  if (timer.visits.at(-1)?.step === step) return timer;
  return { ...timer, visits: [...timer.visits, { step, at: new Date(at).toISOString() }] };
}

/** Milliseconds of running time between two instants: pauses do not count. */
function runningBetween(timer: Timer, from: number, to: number, now: number): number {
  let paused = 0;
  for (const p of timer.pauses) {
    const start = Math.max(from, Date.parse(p.from));
    const end = Math.min(to, p.to === null ? now : Date.parse(p.to));
    if (end > start) paused += end - start;
  }
  return Math.max(0, to - from - paused);
}

/** Running time since the timer started, pauses excluded. */
export function elapsedMs(timer: Timer, now: number): number {
  return runningBetween(timer, Date.parse(timer.startedAt), now, now);
}

/** Running time spent on each step so far, revisits added up. */
export function timePerStep(timer: Timer, now: number): Partial<Record<TimedStep, number>> {
  const spent: Partial<Record<TimedStep, number>> = {};
  timer.visits.forEach((v, i) => {
    const next = timer.visits[i + 1];
    const ms = runningBetween(timer, Date.parse(v.at), next ? Date.parse(next.at) : now, now);
    spent[v.step] = (spent[v.step] ?? 0) + ms;
  });
  return spent;
}

export type TimeboxPhase = 'running' | 'quarter-left' | 'ten-left' | 'five-left' | 'over';

/** Quiet warnings at 45, 50 and 55 minutes, time's up at 60; the timer never stops the team. */
export function phaseOf(elapsed: number): TimeboxPhase {
  if (elapsed >= TIMEBOX_MINUTES * MINUTE) return 'over';
  if (elapsed >= 55 * MINUTE) return 'five-left';
  if (elapsed >= 50 * MINUTE) return 'ten-left';
  if (elapsed >= 45 * MINUTE) return 'quarter-left';
  return 'running';
}

export const PHASE_MESSAGES: Record<TimeboxPhase, string> = {
  running: '',
  'quarter-left': '15 minutes left in the hour. Keep moving: a documented answer beats a perfect one.',
  'ten-left': '10 minutes left in the hour: settle the open question and head for the outcome.',
  'five-left': '5 minutes left. Head for the outcome and its follow-ups.',
  over: 'Time’s up — record what you have.',
};

/** m:ss, or h:mm:ss past the hour. */
export function formatDuration(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
