import { lensPending } from '../../domain/guidance/model-lens';
import {
  budgetMinutes,
  elapsedMs,
  formatDuration,
  isPaused,
  overItsShare,
  phaseOf,
  PHASE_MESSAGES,
  timedStep,
  TIMEBOX_MINUTES,
  timePerStep,
} from '../../domain/guidance/timebox';
import type { TimedStep } from '../../domain/guidance/schemas';
import { TREE } from '../../domain/tree';
import { sendGuidance } from '../../store/guidance-actions';
import { useScreenSession } from '../../store/screen-session';
import { now } from './clock';
import { useNow } from './use-now';
import { useTrackSteps } from './use-track-steps';
import './session-timer.css';

function timedStepName(step: TimedStep): string {
  switch (step) {
    case 'framing':
      return 'Framing';
    case 'lens':
      return 'Model-layer questions';
    case 'outcome':
      return 'Outcome and follow-ups';
    case 'differentiator':
    case 'maturity':
    case 'requirements':
    case 'gaps':
    case 'maintenance':
      // In brackets: titles end in a question mark, and a colon follows the name ("Node 5 (Can you maintain it?): 3:10").
      return `Node ${TREE[step].number} (${TREE[step].title})`;
  }
}

/**
 * The one-hour timebox, from the framing on: visible, pausable, marking a step past
 * its share of the hour, quietly warning at 45, 50 and 55 minutes,
 * saying time's up at 60, never in the way of the next click.
 */
export function SessionTimer() {
  // With the wizard's screen: the visit to a new step is noted once its screen shows, after the map's update.
  const session = useScreenSession();
  const step = session ? timedStep(session, lensPending(session)) : null;
  const timer = session ? session.timer : null;
  useTrackSteps(step, timer);
  const paused = timer ? isPaused(timer) : false;
  const time = useNow(timer !== null && !paused);
  if (!session || !timer) return null;

  const elapsed = elapsedMs(timer, time);
  const phase = phaseOf(elapsed);
  const withLens = session.framing.componentKind === 'model';
  // The step on screen, even before its visit is noted (useTrackSteps, after this render): a draft
  // stored between a step change and that note would show the step before's line first, then swap
  // it for a longer one that wraps and pushes the wizard down (a layout shift on a restored draft).
  const current = step ?? timer.visits.at(-1)?.step ?? null;
  const spent = timePerStep(timer, time);
  const toggle = () => sendGuidance({ type: 'timer.changed', change: { kind: paused ? 'resume' : 'pause' }, at: now() });

  return (
    <section className={`session-timer phase-${phase}`} aria-labelledby="timer-title">
      <h2 id="timer-title" className="timer-title">
        Timebox
      </h2>
      <p className="timer-reading">
        <span className="timer-elapsed">{formatDuration(elapsed)}</span> of {TIMEBOX_MINUTES}:00
        {paused && <span className="badge"> paused</span>}
      </p>
      {current && (
        <p className={`timer-budget${overItsShare(current, spent[current] ?? 0, withLens) ? ' is-over' : ''}`}>
          {timedStepName(current)}: {formatDuration(spent[current] ?? 0)} of about {budgetMinutes(current, withLens)} min
          {overItsShare(current, spent[current] ?? 0, withLens) && <strong> — past its share of the hour</strong>}
        </p>
      )}
      <button type="button" className="button-secondary" aria-pressed={paused} onClick={toggle}>
        {paused ? 'Resume timer' : 'Pause timer'}
      </button>
      <p role={phase === 'over' ? 'alert' : 'status'} className="timer-message">
        {PHASE_MESSAGES[phase]}
      </p>
      <details className="timer-steps">
        <summary>Time per step</summary>
        <ul>
          {Object.entries(spent).map(([s, ms]) => (
            <li key={s} className={overItsShare(s as TimedStep, ms, withLens) ? 'is-over' : undefined}>
              {timedStepName(s as TimedStep)}: {formatDuration(ms)}
              {overItsShare(s as TimedStep, ms, withLens) && ` (over its ${budgetMinutes(s as TimedStep, withLens)} min)`}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
