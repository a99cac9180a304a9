import { describe, expect, it } from 'vitest';
import { differentiator, framed, play } from '../../domain/testing/sessions';
import { buildFlow } from './build-flow';
import { stableFlow } from './stable-flow';

describe('stableFlow', () => {
  it('hands back the same objects for an unchanged map, and new ones only where an answer changed something', () => {
    const start = framed({ candidates: ['Qdrant'] });
    const first = stableFlow(buildFlow(start, 'all'));
    const again = stableFlow(buildFlow(start, 'all'));
    expect(again.nodes.every((node, i) => node === first.nodes[i])).toBe(true);
    expect(again.edges.every((edge, i) => edge === first.edges[i])).toBe(true);
    expect(again).toBe(first);

    const answered = stableFlow(buildFlow(play(start, differentiator('no')), 'all'));
    const changed = answered.nodes.filter((node, i) => node !== first.nodes[i]).map((n) => n.id);
    expect(changed).toContain('differentiator');
    expect(changed).toContain('maturity');
    expect(changed.length).toBeLessThan(answered.nodes.length);
    expect(answered.nodes.find((n) => n.id === 'differentiator')?.data).toMatchObject({ state: 'answered' });
    expect(answered).not.toBe(first);
  });
});
