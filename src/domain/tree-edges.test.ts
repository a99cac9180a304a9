import { describe, expect, it } from 'vitest';
import { choiceLabel, edgeFor, inSentence, reachableFrom } from './tree-edges';

describe('the edge table', () => {
  it('finds the edge an answer takes, and refuses an answer the node does not have', () => {
    expect(edgeFor('differentiator', 'yes')).toMatchObject({ from: 'differentiator', to: 'maintenance' });
    expect(() => edgeFor('differentiator', 'maybe')).toThrow('The tree has no edge out of differentiator for maybe.');
  });

  it('offers the wizard its own wording where the table has one, else the map label', () => {
    expect(choiceLabel('differentiator', 'yes')).toBe(edgeFor('differentiator', 'yes').choice ?? edgeFor('differentiator', 'yes').label);
    expect(inSentence('Narrow core gaps')).toBe('narrow core gaps');
  });

  it('reaches every outcome from node 1 and none of the nodes before node 5 from node 5', () => {
    const all = reachableFrom('differentiator');
    for (const outcome of ['buy', 'buy-and-wrap', 'build', 'find-another-vendor', 'secure-capacity-first', 'reject-candidate'] as const) expect(all.has(outcome)).toBe(true);
    const fromFive = reachableFrom('maintenance');
    expect(fromFive.has('maturity')).toBe(false);
    expect(fromFive.has('build')).toBe(true);
    expect(reachableFrom('differentiator', () => false).size).toBe(0);
  });
});
