import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenBoundary } from './screen-boundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('The record holds no revision');
  return <p>The screen</p>;
}

describe('ScreenBoundary', () => {
  // React reports a caught render error to the console; the test only needs what the user sees.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  afterEach(() => {
    broken = true;
    quiet.mockClear();
  });

  it('shows what failed and a way back instead of a blank page; the way back shows the screen again', async () => {
    const onHome = vi.fn(() => (broken = false));
    render(
      <ScreenBoundary onHome={onHome}>
        <Fragile />
      </ScreenBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This screen could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('The record holds no revision');
    await userEvent.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(onHome).toHaveBeenCalledOnce();
    expect(screen.getByText('The screen')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tries the screen again when the user goes elsewhere another way', () => {
    const { rerender } = render(
      <ScreenBoundary onHome={() => undefined} resetKey="record">
        <Fragile />
      </ScreenBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken = false;
    rerender(
      <ScreenBoundary onHome={() => undefined} resetKey="library">
        <Fragile />
      </ScreenBoundary>,
    );
    expect(screen.getByText('The screen')).toBeInTheDocument();
  });
});
