import { describe, expect, it } from 'vitest';
import { SessionSchema } from '../session';
import { differentiator, framed, play } from '../testing/sessions';
import type { Timer } from './schemas';
import {
  budgetMinutes,
  elapsedMs,
  formatDuration,
  isPaused,
  overItsShare,
  pause,
  phaseOf,
  resume,
  startTimer,
  timedStep,
  timePerStep,
  visit,
  TIMEBOX_MINUTES,
} from './timebox';

const MIN = 60_000;
const T0 = Date.parse('2026-11-22T09:00:00.000Z');
const at = (minutes: number) => T0 + minutes * MIN;

describe('elapsed time', () => {
  it('counts from the start and leaves pauses out, including one still open', () => {
    let timer = startTimer(T0, 'differentiator');
    expect(elapsedMs(timer, at(10))).toBe(10 * MIN);
    timer = pause(timer, at(10));
    expect(isPaused(timer)).toBe(true);
    expect(elapsedMs(timer, at(25))).toBe(10 * MIN);
    timer = resume(timer, at(25));
    expect(isPaused(timer)).toBe(false);
    expect(elapsedMs(timer, at(30))).toBe(15 * MIN);
  });

  it('ignores a second pause or a resume without a pause', () => {
    const timer = pause(startTimer(T0, 'differentiator'), at(1));
    expect(pause(timer, at(2))).toBe(timer);
    const running = startTimer(T0, 'differentiator');
    expect(resume(running, at(2))).toBe(running);
  });

  it('keeps nothing that ticks: a JSON round trip through the session schema gives the same reading', () => {
    const timer = resume(pause(visit(startTimer(T0, 'differentiator'), 'maturity', at(8)), at(20)), at(22));
    const session = { ...framed(), timer };
    const reloaded = SessionSchema.parse(JSON.parse(JSON.stringify(session)));
    expect(reloaded.timer && elapsedMs(reloaded.timer, at(47))).toBe(45 * MIN);
  });
});

describe('time per step', () => {
  it('splits the running time between the steps visited, adding up revisits and skipping pauses', () => {
    let timer: Timer = startTimer(T0, 'lens');
    timer = visit(timer, 'differentiator', at(4));
    timer = visit(timer, 'differentiator', at(5));
    timer = visit(timer, 'maturity', at(12));
    timer = pause(timer, at(15));
    timer = resume(timer, at(45));
    timer = visit(timer, 'differentiator', at(50));
    expect(timePerStep(timer, at(53))).toEqual({ lens: 4 * MIN, differentiator: 11 * MIN, maturity: 8 * MIN });
  });
});

describe('the hour', () => {
  it.each([
    [0, 'running'],
    [44.99, 'running'],
    [45, 'quarter-left'],
    [49.99, 'quarter-left'],
    [50, 'ten-left'],
    [54.99, 'ten-left'],
    [55, 'five-left'],
    [60, 'over'],
    [95, 'over'],
  ] as const)('%s minutes in → %s', (minutes, phase) => {
    expect(phaseOf(minutes * MIN)).toBe(phase);
  });

  it.each([true, false])('suggests budgets that fill the hour (with the model lens: %s)', (withLens) => {
    const steps = ['framing', 'lens', 'differentiator', 'maturity', 'requirements', 'gaps', 'maintenance', 'outcome'] as const;
    expect(steps.reduce((sum, s) => sum + budgetMinutes(s, withLens), 0)).toBe(TIMEBOX_MINUTES);
  });

  it.each([
    [0, '0:00'],
    [65_000, '1:05'],
    [61 * MIN + 5000, '1:01:05'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('a step past its share of the hour', () => {
  it('is marked once its time is over its budget, not before', () => {
    expect(overItsShare('framing', 5 * MIN, false)).toBe(false);
    expect(overItsShare('framing', 5 * MIN + 1000, false)).toBe(true);
    expect(overItsShare('lens', 1000, false)).toBe(true);
    expect(overItsShare('requirements', 14 * MIN, true)).toBe(false);
  });
});

describe('the step the clock counts against', () => {
  it('is the framing during the framing, the lens while it is pending at node 1, the step otherwise', () => {
    const atNode1 = framed();
    expect(timedStep({ ...atNode1, step: 'framing' }, false)).toBe('framing');
    expect(timedStep(atNode1, true)).toBe('lens');
    expect(timedStep(atNode1, false)).toBe('differentiator');
    expect(timedStep(play(atNode1, differentiator('yes')), true)).toBe('maintenance');
  });
});
