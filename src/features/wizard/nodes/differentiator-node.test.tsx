import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyFraming } from '../../../domain/framing';
import { newSession } from '../../../domain/session';
import { useSessionStore } from '../../../store/session-store';
import { Wizard } from '../wizard';

describe('node 1', () => {
  beforeEach(() => {
    useSessionStore.setState({ session: newSession('2026-03-01'), rejection: null });
    useSessionStore.getState().submitFraming({ ...emptyFraming('2026-03-01'), componentName: 'Retrieval pipeline', capacity: { engineers: 12, systemsMaintained: 2, spareEngineers: 0.5 } });
  });

  it('refuses "Yes" without a rationale and says so at the rationale field', async () => {
    const user = userEvent.setup();
    render(<Wizard />);
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const rationale = screen.getByLabelText(/Rationale/);
    expect(rationale).toHaveAttribute('aria-invalid', 'true');
    expect(rationale).toHaveAccessibleDescription(/Say why/);
    expect(rationale).toHaveFocus();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('core differentiator');

    await user.type(rationale, 'Our ranking is what customers pay for.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Can you maintain it for the long term?');
  });

  it('asks for an answer when none is chosen', async () => {
    const user = userEvent.setup();
    render(<Wizard />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('radiogroup', { name: /core differentiator/ })).toHaveAccessibleDescription(/Choose Yes or No/);
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveFocus();
  });
});
