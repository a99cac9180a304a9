import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SectionJumps } from './section-jumps';

function Page({ withLater }: { withLater: boolean }) {
  const [page, setPage] = useState<HTMLDivElement | null>(null);
  return (
    <div ref={setPage}>
      <SectionJumps container={page} />
      <section aria-labelledby="why">
        <h2 id="why">Why</h2>
      </section>
      <section aria-labelledby="path">
        <h2 id="path">The path</h2>
      </section>
      {withLater && (
        <section aria-labelledby="keep">
          <h2 id="keep">Keep this decision</h2>
        </section>
      )}
    </div>
  );
}

describe('section jumps', () => {
  it('lists the named sections of the screen, and a panel that shows later joins them', async () => {
    const { rerender } = render(<Page withLater={false} />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect([...nav.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Why', 'The path']);
    rerender(<Page withLater />);
    // The panel joins through a MutationObserver, whose callback runs after this update.
    await act(async () => {});
    expect(screen.getByRole('button', { name: 'Keep this decision' })).toBeInTheDocument();
  });
});
