import { act, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTimer } from '../../domain/guidance/timebox';
import { framed } from '../../domain/testing/sessions';
import { useSessionStore } from '../../store/session-store';
import { SessionTimer } from './session-timer';

const MIN = 60_000;

describe('session timer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-22T09:00:00Z'));
    useSessionStore.setState({ session: framed(), rejection: null });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts with the first node, warns quietly at 45 minutes and stops counting while paused', () => {
    render(<SessionTimer />);
    expect(useSessionStore.getState().session?.timer?.visits).toEqual([{ step: 'differentiator', at: '2026-11-22T09:00:00.000Z' }]);
    act(() => {
      vi.advanceTimersByTime(45 * MIN);
    });
    expect(screen.getByRole('status')).toHaveTextContent('15 minutes left');
    expect(screen.getByText('45:00')).toBeInTheDocument();
    // A node's title ends in its question mark: bracketed, so no "it?:" before the time.
    expect(screen.getByText(/^Node 1 \(Core differentiator\?\): 45:00 of about/)).toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'Pause timer' }).click());
    act(() => {
      vi.advanceTimersByTime(30 * MIN);
    });
    expect(screen.getByText('45:00')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Resume timer' }).click());
    act(() => {
      vi.advanceTimersByTime(15 * MIN);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Time’s up — record what you have.');
  });

  it('shows the step on screen from its first render, when the restored timer has not noted the visit yet', () => {
    // A draft stored right after moving on from the framing: the visit to node 1 was not noted yet.
    useSessionStore.setState({ session: { ...framed(), timer: startTimer(Date.parse('2026-11-22T08:58:00Z'), 'framing') } });
    // Read in a layout effect, which runs before the effects that note the visit: what the first paint shows.
    let firstPaint: string | null | undefined;
    function FirstPaint() {
      useLayoutEffect(() => {
        firstPaint = document.querySelector('.timer-budget')?.textContent;
      }, []);
      return null;
    }
    render(
      <>
        <SessionTimer />
        <FirstPaint />
      </>,
    );
    expect(firstPaint).toMatch(/^Node 1\b.*: 0:00 of about \d+ min$/);
  });

  it('times the framing as part of the hour, marks a step past its share and announces the last ten minutes politely', () => {
    useSessionStore.setState({ session: { ...framed(), step: 'framing' } });
    render(<SessionTimer />);
    expect(useSessionStore.getState().session?.timer?.visits).toEqual([{ step: 'framing', at: '2026-11-22T09:00:00.000Z' }]);
    expect(screen.getByText(/^Framing: 0:00 of about 5 min/)).not.toHaveClass('is-over');
    act(() => {
      vi.advanceTimersByTime(6 * MIN);
    });
    expect(screen.getByText(/^Framing: 6:00 of about 5 min/)).toHaveClass('is-over');
    expect(screen.getByText(/past its share of the hour/)).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(44 * MIN);
    });
    expect(screen.getByRole('status')).toHaveTextContent('10 minutes left in the hour');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
