import { describe, expect, it } from 'vitest';
import { differentiator, maturity, ALL_CHECKS, play } from '../../domain/testing/sessions';
import { describeChange } from './describe-change';
import { SESSIONS } from './testing/sessions';

describe('describeChange', () => {
  it('says what was answered and where the team is now', () => {
    const before = SESSIONS.fresh();
    expect(describeChange(before, play(before, differentiator('no')))).toBe('Answered Core differentiator?: No. Now at: Mature option?');
  });

  it('reports a step back without an answer', () => {
    const before = SESSIONS.notADifferentiator();
    const after = play(before, { type: 'step.goto', step: 'differentiator' });
    expect(describeChange(before, after)).toBe('Now at: Core differentiator?');
  });

  it('says when a changed answer cleared the ones after it', () => {
    const before = play(SESSIONS.notADifferentiator(), maturity({ 0: { checks: ALL_CHECKS } }), { type: 'step.goto', step: 'differentiator' });
    const after = play(before, differentiator('yes'));
    expect(describeChange(before, after)).toBe('Answered Core differentiator?: Yes. Later answers were cleared. Now at: Can you maintain it?');
  });

  it('names the outcome once the tree reaches one', () => {
    const before = play(SESSIONS.fresh(), differentiator('yes'));
    expect(describeChange(before, SESSIONS.buildAsDifferentiator())).toBe('Answered Can you maintain it?: Yes. Now at: Outcome: Build');
  });

  it('stays quiet when nothing on the path moved', () => {
    const session = SESSIONS.buy();
    expect(describeChange(session, { ...session, framing: { ...session.framing, facilitator: 'Grace' } })).toBeNull();
  });
});
