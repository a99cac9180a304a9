import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ALL_CHECKS, maturity, play } from '../../domain/testing/sessions';
import DecisionMap from './decision-map';
import { SESSIONS } from './testing/sessions';

describe('DecisionMap', () => {
  it('labels the flow and names every node with its question and state, once the page has painted', async () => {
    render(<DecisionMap session={SESSIONS.notADifferentiator()} onGoTo={() => undefined} />);
    // The canvas mounts after the first paint (useAfterPaint); the path list is there at once.
    expect(screen.queryByRole('application')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Path so far' })).toBeInTheDocument();
    expect(await screen.findByRole('application', { name: 'Decision map for Vector store for product search' })).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'Question 1: Is this component a core differentiator for your product? — answered: No' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Question 2: Does a mature commercial option exist? — current question' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Question 4: .* — not reached$/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Outcome: Buy — not reached' })).toBeInTheDocument();
  });

  it('makes answered nodes buttons that take the wizard back, by click or Enter', async () => {
    const user = userEvent.setup();
    const onGoTo = vi.fn();
    render(<DecisionMap session={SESSIONS.buy()} onGoTo={onGoTo} />);
    await user.click(await screen.findByRole('button', { name: /^Go back to question 2, Mature option\?/ }));
    expect(onGoTo).toHaveBeenLastCalledWith('maturity');
    screen.getByRole('button', { name: /^Go back to question 1/ }).focus();
    await user.keyboard('{Enter}');
    expect(onGoTo).toHaveBeenLastCalledWith('differentiator');
    // Only answered questions are buttons: the outcome and unanswered nodes are not.
    expect(screen.getAllByRole('button', { name: /^Go back to/ })).toHaveLength(3);
  });

  it('lists the path as text under the map', () => {
    render(<DecisionMap session={SESSIONS.buy()} onGoTo={() => undefined} />);
    const list = within(screen.getByRole('region', { name: 'Path so far' })).getAllByRole('listitem');
    expect(list.map((li) => li.textContent)).toEqual([
      'Question 1, Core differentiator? — No',
      'Question 2, Mature option? — Yes — Qdrant Cloud',
      'Question 3, Meets 80%? — Qdrant Cloud: meets 80% or more',
      'Outcome for Qdrant Cloud: Buy',
    ]);
  });

  it('announces path changes politely', () => {
    const before = SESSIONS.notADifferentiator();
    const { rerender } = render(<DecisionMap session={before} onGoTo={() => undefined} />);
    const status = screen.getAllByRole('status').find((s) => s.closest('dialog') === null);
    expect(status).toHaveTextContent('');
    rerender(<DecisionMap session={play(before, maturity({ 0: { checks: ALL_CHECKS } }))} onGoTo={() => undefined} />);
    expect(status).toHaveTextContent('Answered Mature option?: Yes — Qdrant Cloud. Now at: Meets 80%?');
  });

  it('offers a route switcher when candidates are compared, and lights the chosen route', async () => {
    const user = userEvent.setup();
    const { container } = render(<DecisionMap session={SESSIONS.twoCandidates()} onGoTo={() => undefined} />);
    await screen.findByRole('application');
    const lit = () => [...container.querySelectorAll('.react-flow__node.map-node--lit')].map((e) => e.getAttribute('data-id')).sort();
    expect(lit()).toEqual(['buy', 'differentiator', 'find-another-vendor', 'gaps', 'maintenance', 'maturity', 'requirements']);
    await user.selectOptions(screen.getByLabelText('Route shown'), 'Qdrant Cloud');
    expect(lit()).toEqual(['buy', 'differentiator', 'maturity', 'requirements']);
    await user.selectOptions(screen.getByLabelText('Route shown'), 'Pinecone');
    expect(lit()).toEqual(['differentiator', 'find-another-vendor', 'gaps', 'maintenance', 'maturity', 'requirements']);
  });

  it('shows no route switcher for a single candidate', () => {
    render(<DecisionMap session={SESSIONS.buy()} onGoTo={() => undefined} />);
    expect(screen.queryByLabelText('Route shown')).not.toBeInTheDocument();
  });

  it('presents the map with the current question and returns focus to Present on leaving', async () => {
    const user = userEvent.setup();
    render(<DecisionMap session={SESSIONS.notADifferentiator()} onGoTo={() => undefined} presentationPanel={<p>Wizard panel</p>} />);
    const present = screen.getByRole('button', { name: 'Present' });
    await user.click(present);
    const dialog = screen.getByRole('dialog', { name: 'Decision map, presentation mode' });
    expect(within(dialog).getByText('Wizard panel')).toBeInTheDocument();
    expect(within(dialog).getByRole('application')).toBeInTheDocument();
    await act(async () => {
      await user.click(within(dialog).getByRole('button', { name: 'Leave presentation' }));
    });
    expect(within(dialog).queryByText('Wizard panel')).not.toBeInTheDocument();
    await waitFor(() => expect(present).toHaveFocus());
  });
});
