import { describe, expect, it } from 'vitest';
import type { Coverage } from './answers';
import type { Requirement } from './framing';
import { assessFit, suggestGapVerdict, suggestMaintenance, suggestMaturity } from './rules';
import { ALL_CHECKS, rid } from './testing/sessions';

const reqs = (...buckets: Requirement['bucket'][]): Requirement[] => buckets.map((bucket, i) => ({ id: rid(i), name: `R${i}`, bucket }));
const cov = (...values: Coverage[]) => Object.fromEntries(values.map((v, i) => [rid(i), v]));

describe('node 2: maturity', () => {
  it('holds only when all four checks hold', () => {
    expect(suggestMaturity(ALL_CHECKS)).toBe(true);
    for (const key of Object.keys(ALL_CHECKS) as (keyof typeof ALL_CHECKS)[]) {
      expect(suggestMaturity({ ...ALL_CHECKS, [key]: false })).toBe(false);
    }
  });
});

describe('node 3: the 80% rule, in order', () => {
  it.each([
    ['a partly covered must-have rejects', reqs('must', 'should'), cov('partial', 'covered'), 'must-have-missing', 1],
    ['a missing must-have rejects even with every should-have', reqs('must', 'must', 'should'), cov('covered', 'missing', 'covered'), 'must-have-missing', 1],
    ['4 of 5 should-haves is exactly 80%', reqs('must', 'should', 'should', 'should', 'should', 'should'), cov('covered', 'covered', 'covered', 'covered', 'covered', 'missing'), 'meets', 0.8],
    ['a partial counts half: 3.5 of 5 is 70%', reqs('should', 'should', 'should', 'should', 'should'), cov('covered', 'covered', 'covered', 'partial', 'missing'), 'gaps', 0.7],
    ['nice-to-haves never count', reqs('should', 'nice', 'nice'), cov('covered', 'missing', 'missing'), 'meets', 1],
    ['no should-haves at all meets', reqs('must'), cov('covered'), 'meets', 1],
    ['an unmarked requirement counts as missing', reqs('should', 'should'), cov('covered'), 'gaps', 0.5],
  ] as const)('%s', (_name, requirements, coverage, verdict, score) => {
    const fit = assessFit(requirements, coverage);
    expect(fit.suggested).toBe(verdict);
    expect(fit.shouldHaveScore).toBeCloseTo(score);
  });

  it('lists the uncovered and partly covered should-haves as gaps', () => {
    const fit = assessFit(reqs('must', 'should', 'should', 'should', 'nice'), cov('covered', 'partial', 'covered', 'missing', 'missing'));
    expect(fit.gaps).toEqual([rid(1), rid(3)]);
  });
});

describe('node 4: gap verdict', () => {
  it.each([
    [[], 'no-core-gap'],
    [[{ kind: 'edge' }, { kind: 'not-a-gap' }], 'no-core-gap'],
    [[{ kind: 'core', breadth: 'narrow' }, { kind: 'edge' }], 'narrow-core-gaps'],
    [[{ kind: 'core', breadth: 'narrow' }, { kind: 'core', breadth: 'broad' }], 'broad-core-gap'],
  ] as const)('%j → %s', (ratings, verdict) => {
    expect(suggestGapVerdict(ratings)).toBe(verdict);
  });
});

describe('node 5: the 20% test', () => {
  it('says yes with room to spare, and why', () => {
    const s = suggestMaintenance({ engineers: 20, systemsMaintained: 5, spareEngineers: 0.5 });
    expect(s.suggested).toBe('yes');
    expect(s.reasons.join(' ')).toMatch(/0.5 engineers/);
  });

  it.each([
    ['no spare capacity', { engineers: 30, systemsMaintained: 5, spareEngineers: 0.1 }, /0.1 engineers of spare/],
    ['fewer than ten engineers', { engineers: 6, systemsMaintained: 1, spareEngineers: 2 }, /6 engineers in all/],
    ['every engineer already runs several systems', { engineers: 10, systemsMaintained: 25, spareEngineers: 1 }, /2.5 production systems/],
    ['a single engineer', { engineers: 1, systemsMaintained: 0, spareEngineers: 1 }, /1 engineer in all/],
  ])('says no with %s', (_name, capacity, reason) => {
    const s = suggestMaintenance(capacity);
    expect(s.suggested).toBe('no');
    expect(s.reasons.join(' ')).toMatch(reason);
  });
});
