import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { framing, framed, play } from '../../domain/testing/sessions';
import { useSessionStore } from '../../store/session-store';
import { ModelLensGate } from './model-lens-gate';

const modelSession = () =>
  play(framed(), { type: 'step.goto', step: 'framing' }, { type: 'framing.submitted', framing: { ...framing(), componentKind: 'model' } });

describe('model-layer questions before node 1', () => {
  beforeEach(() => useSessionStore.setState({ session: modelSession(), rejection: null }));

  // Slow by nature: a dozen role queries and clicks over the whole form (~1 s alone, ~12 s with every core busy).
  it('asks the four questions first, ties errors to each, then lets node 1 through', async () => {
    const user = userEvent.setup();
    render(
      <ModelLensGate>
        <p>Node 1</p>
      </ModelLensGate>,
    );
    expect(screen.queryByText('Node 1')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue to node 1' }));
    const onPrem = screen.getByRole('radiogroup', { name: /legally stay on your own premises/ });
    expect(onPrem).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('4 answers need attention.');

    for (const [legend, choice] of [
      [/legally stay/, 'Yes'],
      [/training data/, 'No'],
      [/largest operating cost/, 'Yes'],
      [/sets your product apart/, 'No'],
    ] as const) {
      await user.click(within(screen.getByRole('radiogroup', { name: legend })).getByRole('radio', { name: choice }));
    }
    await user.type(screen.getByLabelText(/Inference requests a month/), '120000000');
    await user.click(screen.getByRole('button', { name: 'Continue to node 1' }));
    expect(useSessionStore.getState().session?.modelLens).toMatchObject({ onPremData: true, inferenceTopCost: true, requestsPerMonth: 120_000_000 });
    expect(screen.getByText('Node 1')).toBeInTheDocument();
  }, 30_000);

  it('lets an infrastructure component straight through', () => {
    useSessionStore.setState({ session: framed() });
    render(
      <ModelLensGate>
        <p>Node 1</p>
      </ModelLensGate>,
    );
    expect(screen.getByText('Node 1')).toBeInTheDocument();
  });
});
