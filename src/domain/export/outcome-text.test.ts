import { describe, expect, it } from 'vitest';
import { decide } from '../decision';
import { OUTCOMES } from '../outcomes';
import { buySession, inHouseSession } from '../testing/records';
import { ALL_CHECKS, differentiator, fit, framed, gaps, maintenance, maturity, play } from '../testing/sessions';
import { consequencesOf, titleOf } from './outcome-text';

describe('outcome texts', () => {
  it.each(OUTCOMES)('gives %s at least one bad consequence and a title', (outcome) => {
    const { bad } = consequencesOf(outcome, 'Acme');
    expect(bad.length).toBeGreaterThan(0);
  });

  it('titles a decision by what was found, or as undecided', () => {
    expect(titleOf('Search', decide(buySession()))).toBe('Search: buy Acme Vectors');
    expect(titleOf('Search', decide(inHouseSession('yes')))).toBe('Search: build it ourselves');
    expect(titleOf('Search', decide(inHouseSession('no')))).toBe('Search: secure capacity before building');
    expect(titleOf('Search', decide(framed()))).toBe('Search: build or buy (undecided)');
    const broad = play(
      framed({ candidates: ['Acme'], requirements: [['Hybrid search', 'must'], ['Metrics', 'should']] }),
      differentiator('no'),
      maturity({ 0: { checks: ALL_CHECKS } }),
      fit({ 0: { coverage: ['covered', 'missing'], verdict: 'gaps' } }),
      gaps({ 0: { ratings: { 1: { kind: 'core', breadth: 'broad' } }, verdict: 'broad-core-gap' } }),
      maintenance('no', 'Nobody can own it.'),
    );
    expect(titleOf('Search', decide(broad))).toBe('Search: find another vendor');
  });
});
