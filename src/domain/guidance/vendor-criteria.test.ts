import { describe, expect, it } from 'vitest';
import { cid, framed } from '../testing/sessions';
import { readAsV1 } from '../testing/records';
import { CRITERIA } from './schemas';
import { CRITERION_NAMES, EMPTY_SCORE, scoreOf, summarise, withScore } from './vendor-criteria';

describe('vendor criteria', () => {
  it('names the ten criteria of the spec', () => {
    expect(CRITERIA.map((c) => CRITERION_NAMES[c])).toEqual([
      'Features',
      'Scalability',
      'Reliability',
      'Security certifications',
      'Pricing model',
      'Documentation',
      'Ecosystem integration',
      'Support',
      'Reputation and financial stability',
      'Proof-of-concept result',
    ]);
  });

  it('adds, changes and drops a score', () => {
    const scored = withScore({}, 'support', { score: 3, note: '' });
    expect(scored).toEqual({ support: { score: 3, note: '' } });
    expect(withScore(scored, 'support', { score: null, note: 'Slow replies' })).toEqual({ support: { score: null, note: 'Slow replies' } });
    expect(withScore(scored, 'support', { score: null, note: '  ' })).toEqual({});
  });

  it('averages each candidate over the criteria scored, side by side', () => {
    const session = framed({ candidates: ['Acme', 'Beta', 'Gamma'] });
    const scores = {
      [cid(0)]: { features: { score: 4, note: '' }, support: { score: 5, note: '' }, pricing: { score: null, note: 'Per seat' } },
      [cid(1)]: { features: { score: 2, note: '' } },
    };
    expect(summarise(session.framing, scores)).toEqual([
      { id: cid(0), name: 'Acme', average: 4.5, scored: 2 },
      { id: cid(1), name: 'Beta', average: 2, scored: 1 },
      { id: cid(2), name: 'Gamma', average: null, scored: 0 },
    ]);
    expect(scoreOf(scores, cid(2), 'features')).toBe(EMPTY_SCORE);
    expect(readAsV1({ ...session, vendorScores: undefined }).vendorScores).toEqual({});
  });
});
