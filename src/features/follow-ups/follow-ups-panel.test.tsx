import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { canDecide } from '../../domain/guidance/follow-ups';
import { reach } from '../../domain/guidance/testing/outcome-sessions';
import { useSessionStore } from '../../store/session-store';
import { FollowUpsPanel } from './follow-ups-panel';

const open = (session: ReturnType<typeof reach>) => useSessionStore.setState({ session, rejection: null });
const stored = () => {
  const { session } = useSessionStore.getState();
  if (!session) throw new Error('no session');
  return session;
};

describe('follow-ups on the outcome screen', () => {
  it('lets a Build be decided only once the team says why buying will not do', async () => {
    const user = userEvent.setup();
    open(reach('build', 'enterprise'));
    render(<FollowUpsPanel />);
    const item = screen.getByText('Why buying will not do').closest('li');
    expect(item).toHaveTextContent('Required to decide');
    expect(canDecide(stored())).toBe(false);

    await user.type(screen.getByLabelText(/Why will buying not do/), 'Ranking is ours');
    expect(canDecide(stored())).toBe(true);
    expect(screen.getByText('Why buying will not do').closest('li')).not.toHaveTextContent('Required to decide');
    expect(screen.getByText('Named owner and backup').closest('li')).toHaveTextContent('missing');
  });

  it('shows the ramp-up total and keeps bad numbers out of the session', async () => {
    const user = userEvent.setup();
    open(reach('buy'));
    render(<FollowUpsPanel />);
    await user.type(screen.getByLabelText('Engineers who will operate it'), '4');
    expect(screen.getByText(/4 × 1–2 weeks = 4–8 engineer-weeks/)).toBeInTheDocument();
    expect(stored().followUps?.operators).toBe(4);

    const integration = screen.getByLabelText(/Integration \(weeks\)/);
    await user.type(integration, 'x');
    expect(integration).toHaveAccessibleDescription(/Enter a number/);
    expect(stored().followUps?.integrationWeeks).toBeNull();
  });

  it('adds a suggested trigger and marks the revisit item done', async () => {
    const user = userEvent.setup();
    open(reach('buy'));
    render(<FollowUpsPanel />);
    const suggestions = screen.getByRole('group', { name: 'Suggested triggers' });
    await user.click(within(suggestions).getByRole('button', { name: /The bill grows beyond the budget/ }));
    expect(stored().followUps?.triggers).toEqual(['The bill grows beyond the budget']);
    expect(screen.getByText(/Revisit by 2027-05-22/).closest('li')).toHaveTextContent('done');
  });
});
