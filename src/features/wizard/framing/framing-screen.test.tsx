import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { newSession } from '../../../domain/session';
import { useSessionStore } from '../../../store/session-store';
import { Wizard } from '../wizard';

describe('framing screen', () => {
  beforeEach(() => useSessionStore.setState({ session: newSession('2026-03-01'), rejection: null, stepInput: null }));

  // Slow by nature: about 60 keystrokes, each a render of the whole wizard (~2 s alone, ~16 s with every core busy).
  it('shows each problem at its field, focuses the first one and keeps what was typed', async () => {
    const user = userEvent.setup();
    render(<Wizard />);
    await user.type(screen.getByLabelText('What it does in your system'), 'we need a vector database');
    await user.type(screen.getByLabelText('Engineers on the team'), 'ten');
    await user.type(screen.getByLabelText('Production systems they already maintain'), '-2');
    await user.type(screen.getByLabelText('Spare engineer capacity'), '0.5');
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));
    await user.type(screen.getByLabelText('Vendor of candidate 1'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Add requirement' }));
    await user.type(screen.getByLabelText('Requirement 1'), 'Hybrid search');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Some framing fields need attention.');
    const name = screen.getByLabelText('Component name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Give the component a name/);
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('Engineers on the team')).toHaveAccessibleDescription(/must be a number/);
    expect(screen.getByLabelText('Production systems they already maintain')).toHaveAccessibleDescription(/cannot be negative/);
    expect(screen.getByLabelText('Candidate 1 name')).toHaveAccessibleDescription(/Give the candidate a name/);
    expect(screen.getByRole('radiogroup', { name: 'Bucket for requirement 1' })).toHaveAccessibleDescription(/must-have, should-have or nice-to-have/);
    expect(screen.getAllByRole('status').map((s) => s.textContent).join(' ')).toMatch(/reads like a category/);

    expect(screen.getByLabelText('What it does in your system')).toHaveValue('we need a vector database');
    expect(screen.getByLabelText('Engineers on the team')).toHaveValue('ten');
    expect(screen.getByLabelText('Vendor of candidate 1')).toHaveValue('Acme');
    expect(screen.getByLabelText('Requirement 1')).toHaveValue('Hybrid search');
    expect(useSessionStore.getState().session?.step).toBe('framing');
  }, 30_000);

  it('drops a message as soon as its field is fixed, and the summary with the last one', async () => {
    const user = userEvent.setup();
    render(<Wizard />);
    await user.type(screen.getByLabelText('Engineers on the team'), '12');
    await user.type(screen.getByLabelText('Production systems they already maintain'), '3');
    await user.type(screen.getByLabelText('Spare engineer capacity'), 'x');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('Component name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(/Give the component a name/);

    await user.type(screen.getByLabelText('Component name'), 'Vector store');
    expect(screen.getByLabelText('Component name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).not.toHaveTextContent(/Give the component a name/);
    expect(screen.getByLabelText('Spare engineer capacity')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('Spare engineer capacity'));
    await user.type(screen.getByLabelText('Spare engineer capacity'), '1');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('makes one requirement a line of a pasted list, and picks a bucket in one click', async () => {
    const user = userEvent.setup();
    render(<Wizard />);
    await user.click(screen.getByRole('button', { name: 'Add requirement' }));
    await user.click(screen.getByLabelText('Requirement 1'));
    await user.paste('- Hybrid search\n- Metadata filters\n\n3. Multi-tenancy\n');
    expect(screen.getByLabelText('Requirement 1')).toHaveValue('Hybrid search');
    expect(screen.getByLabelText('Requirement 2')).toHaveValue('Metadata filters');
    expect(screen.getByLabelText('Requirement 3')).toHaveValue('Multi-tenancy');
    expect(screen.queryByLabelText('Requirement 4')).not.toBeInTheDocument();
    expect(screen.getAllByRole('status').map((s) => s.textContent).join(' ')).toMatch(/3 requirements from the pasted lines/);

    const bucket = screen.getByRole('radiogroup', { name: 'Bucket for requirement 2' });
    await user.click(within(bucket).getByRole('radio', { name: 'Should-have' }));
    expect(within(bucket).getByRole('radio', { name: 'Should-have' })).toBeChecked();

    await user.click(screen.getByLabelText('Requirement 3'));
    await user.paste('GraphQL');
    expect(screen.getByLabelText('Requirement 3')).toHaveValue('Multi-tenancyGraphQL');
  });

  it('goes on to node 1 once the fields are fixed', async () => {
    const user = userEvent.setup();
    render(<Wizard />);
    await user.type(screen.getByLabelText('Component name'), 'Vector store');
    await user.type(screen.getByLabelText('Engineers on the team'), '12');
    await user.type(screen.getByLabelText('Production systems they already maintain'), '3');
    await user.type(screen.getByLabelText('Spare engineer capacity'), '0.5');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Is this component a core differentiator for your product?');
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('keeps the half-filled form for the draft as it is typed, and shows it again when the step opens anew', async () => {
    const user = userEvent.setup();
    const first = render(<Wizard />);
    await user.type(screen.getByLabelText('Component name'), 'Feature store');
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));
    await user.type(screen.getByLabelText('Candidate 1 name'), 'Feast');
    expect(useSessionStore.getState().stepInput).toMatchObject({ step: 'framing', value: { componentName: 'Feature store', candidates: [{ name: 'Feast' }] } });
    // A reload: the screen goes, the session and its kept input come back from the draft.
    first.unmount();
    render(<Wizard />);
    expect(screen.getByLabelText('Component name')).toHaveValue('Feature store');
    expect(screen.getByLabelText('Candidate 1 name')).toHaveValue('Feast');
  });
});
