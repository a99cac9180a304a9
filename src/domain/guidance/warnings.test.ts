import { describe, expect, it } from 'vitest';
import type { NodeId } from '../answers';
import type { Profile } from '../framing';
import { rid } from '../testing/sessions';
import { buildNotDifferentiator, reach, withFollowUps, type DecisionOutcome } from './testing/outcome-sessions';
import { profileGuidance } from './profiles';
import { outcomeWarnings, type WarningKey } from './warnings';
import { framed } from '../testing/sessions';

const warningKeys = (outcome: DecisionOutcome, profile: Profile): WarningKey[] => outcomeWarnings(reach(outcome, profile)).map((w) => w.key);

describe('warnings by outcome and profile', () => {
  it.each<[DecisionOutcome, Profile, WarningKey[]]>([
    ['buy', 'midsize', ['dependency']],
    ['buy', 'startup', ['dependency']],
    ['buy', 'enterprise', ['dependency']],
    ['buy', 'regulated', ['dependency', 'regulated-review']],
    ['buy-and-wrap', 'regulated', ['dependency', 'regulated-review']],
    ['build', 'midsize', []],
    // Node 1 "yes": a startup may build its differentiator.
    ['build', 'startup', []],
    ['build', 'enterprise', ['enterprise-owner']],
    ['build', 'regulated', []],
    ['find-another-vendor', 'regulated', []],
    ['secure-capacity-first', 'enterprise', []],
  ])('%s for a %s organisation warns %j', (outcome, profile, expected) => {
    expect(warningKeys(outcome, profile)).toEqual(expected);
  });

  it('warns a startup that builds what it judged not to be a differentiator', () => {
    expect(outcomeWarnings(buildNotDifferentiator('startup')).map((w) => w.key)).toEqual(['startup-build']);
    expect(outcomeWarnings(buildNotDifferentiator('midsize'))).toEqual([]);
  });

  it('drops the dependency warning once the exit plan is complete', () => {
    const half = withFollowUps(reach('buy'), { exitPlan: { dataOut: 'Export API', alternative: '' } });
    expect(outcomeWarnings(half).map((w) => w.key)).toEqual(['dependency']);
    const full = withFollowUps(reach('buy'), { exitPlan: { dataOut: 'Export API', alternative: 'pgvector' } });
    expect(outcomeWarnings(full)).toEqual([]);
    expect(outcomeWarnings(reach('buy'))[0]?.text).toContain('dependency, not a vendor relationship');
  });

  it('says that many unstable requirements favour buying, whatever the outcome', () => {
    const unstable = withFollowUps(reach('build'), { unstableRequirements: [rid(1)], requirementsReviewed: true });
    const warning = outcomeWarnings(unstable).find((w) => w.key === 'unstable-requirements');
    expect(warning?.text).toContain('1 of the 3');
    expect(warning?.text).toContain('favour buying');
  });

  it('has nothing to say before an outcome', () => {
    expect(outcomeWarnings(framed({ profile: 'startup' }))).toEqual([]);
  });
});

describe('profile guidance at the nodes', () => {
  const NODES: NodeId[] = ['differentiator', 'maturity', 'requirements', 'gaps', 'maintenance'];
  it.each<[Profile, NodeId[]]>([
    ['midsize', []],
    ['startup', ['differentiator', 'maintenance']],
    ['enterprise', ['maintenance']],
    ['regulated', ['maturity', 'requirements']],
  ])('%s adds guidance at %j', (profile, nodes) => {
    expect(NODES.filter((n) => profileGuidance(profile, n).length > 0)).toEqual(nodes);
  });

  it('tells a startup to buy all but the core product, and an enterprise to name owners', () => {
    expect(profileGuidance('startup', 'differentiator')[0]).toContain('buy everything except');
    expect(profileGuidance('enterprise', 'maintenance')[0]).toContain('lose their maintainer');
    expect(profileGuidance('regulated', 'maturity')[0]).toContain('security review');
  });
});
