import { describe, expect, it } from 'vitest';
import { decide } from './decision';
import type { Session } from './session';
import { ALL_CHECKS, cid, differentiator, fit, framed, gaps, maturity, play } from './testing/sessions';

const REQS = [['Hybrid search', 'must'], ['Filters', 'should'], ['Metrics', 'should'], ['Tenancy', 'should']] as const;

function twoBuys(first: 'covered' | 'partial', second: 'covered' | 'partial'): Session {
  return play(
    framed({ candidates: ['Acme', 'Quiver'], requirements: REQS }),
    differentiator('no'),
    maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }),
    fit({ 0: { coverage: ['covered', 'covered', 'covered', first], verdict: 'meets' }, 1: { coverage: ['covered', 'covered', 'covered', second], verdict: 'meets' } }),
  );
}

const scored = (session: Session, candidate: number, score: number): Session =>
  play(session, { type: 'vendor.scored', candidateId: cid(candidate), scores: { features: { score, note: '' } } });

describe('the proposal among equal outcomes', () => {
  it('prefers the higher should-have coverage over the order of the list, and says so', () => {
    const decision = decide(twoBuys('partial', 'covered'));
    expect(decision.options.map((o) => o.outcome)).toEqual(['buy', 'buy']);
    expect(decision.proposed?.label).toBe('Quiver');
    expect(decision.tieBreak).toBe('Quiver and Acme both lead to the same outcome; Quiver is proposed because it covers 100% of the should-haves against 83%.');
  });

  it('then the vendor scores', () => {
    const decision = decide(scored(scored(twoBuys('covered', 'covered'), 0, 3), 1, 5));
    expect(decision.proposed?.label).toBe('Quiver');
    expect(decision.tieBreak).toMatch(/Quiver is proposed for its higher vendor score average \(5 against 3\)/);
  });

  it('then the order the team listed them in', () => {
    const decision = decide(twoBuys('covered', 'covered'));
    expect(decision.proposed?.label).toBe('Acme');
    expect(decision.tieBreak).toMatch(/Acme is proposed because it was listed first/);
  });

  it('says nothing of ties when the outcome alone decides', () => {
    const session = play(
      framed({ candidates: ['Acme', 'Quiver'], requirements: REQS }),
      differentiator('no'),
      maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }),
      fit({ 0: { coverage: ['covered', 'covered', 'covered', 'partial'], verdict: 'meets' }, 1: { coverage: ['covered', 'missing', 'covered', 'covered'], verdict: 'gaps' } }),
      gaps({ 1: { ratings: { 1: { kind: 'core', breadth: 'narrow' } }, verdict: 'narrow-core-gaps' } }),
    );
    const decision = decide(session);
    expect(decision.options.map((o) => o.outcome)).toEqual(['buy', 'buy-and-wrap']);
    expect(decision.proposed?.label).toBe('Acme');
    expect(decision.tieBreak).toBeNull();
  });
});
