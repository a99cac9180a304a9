import { describe, expect, it } from 'vitest';
import { decide } from '../decision';
import { rid } from '../testing/sessions';
import {
  canDecide,
  followUpChecklist,
  rampUp,
  revisitByOf,
  stability,
  suggestedTriggers,
  type FollowUpKey,
} from './follow-ups';
import { buildNotDifferentiator, DECISION_OUTCOMES, reach, withFollowUps, type DecisionOutcome } from './testing/outcome-sessions';
import { emptyFollowUps } from './schemas';
import type { Profile } from '../framing';
import { framed } from '../testing/sessions';
import { readAsV1 } from '../testing/records';

const keys = (outcome: DecisionOutcome, profile: Profile = 'midsize'): FollowUpKey[] =>
  followUpChecklist(reach(outcome, profile)).map((i) => i.key);

describe('which follow-ups each outcome demands', () => {
  it.each<[DecisionOutcome, Profile, FollowUpKey[]]>([
    ['build', 'midsize', ['why-not-buy', 'changing-requirements', 'revisit']],
    ['build', 'enterprise', ['why-not-buy', 'owners', 'changing-requirements', 'revisit']],
    ['buy', 'midsize', ['exit-plan', 'effort', 'ramp-up', 'changing-requirements', 'revisit']],
    ['buy-and-wrap', 'regulated', ['exit-plan', 'effort', 'ramp-up', 'changing-requirements', 'revisit']],
    ['find-another-vendor', 'midsize', ['changing-requirements', 'revisit']],
    ['secure-capacity-first', 'startup', ['changing-requirements', 'revisit']],
  ])('%s (%s) asks for %j', (outcome, profile, expected) => {
    expect(decide(reach(outcome, profile)).outcome).toBe(outcome);
    expect(keys(outcome, profile)).toEqual(expected);
  });

  it('asks for nothing before the tree has an outcome', () => {
    expect(followUpChecklist(framed())).toEqual([]);
    expect(canDecide(framed())).toBe(false);
  });

  it('starts with every item missing, saying what is missing', () => {
    for (const outcome of DECISION_OUTCOMES) {
      for (const item of followUpChecklist(reach(outcome))) {
        expect(item.done).toBe(false);
        expect(item.missing).not.toBe('');
      }
    }
  });
});

describe('Build must say why buying will not do', () => {
  it.each(['build', 'not-a-differentiator'] as const)('blocks the decision until it is given (%s)', (route) => {
    const session = route === 'build' ? reach('build') : buildNotDifferentiator();
    expect(decide(session).outcome).toBe('build');
    expect(canDecide(session)).toBe(false);
    expect(canDecide(withFollowUps(session, { whyNotBuy: '   ' }))).toBe(false);
    const given = withFollowUps(session, { whyNotBuy: 'No product ranks with our click data.' });
    expect(canDecide(given)).toBe(true);
    expect(followUpChecklist(given).find((i) => i.key === 'why-not-buy')).toMatchObject({ done: true, missing: '' });
  });

  it('never blocks the other outcomes, whatever is missing', () => {
    for (const outcome of DECISION_OUTCOMES.filter((o) => o !== 'build')) expect(canDecide(reach(outcome))).toBe(true);
  });

  it('asks an enterprise for an owner and a backup, without blocking', () => {
    const session = withFollowUps(reach('build', 'enterprise'), { whyNotBuy: 'Ranking is ours.', owner: 'Ada' });
    const owners = followUpChecklist(session).find((i) => i.key === 'owners');
    expect(owners?.done).toBe(false);
    expect(canDecide(session)).toBe(true);
    expect(followUpChecklist(withFollowUps(session, { backupOwner: 'Grace' })).find((i) => i.key === 'owners')?.done).toBe(true);
  });
});

describe('exit plan and effort for a purchase', () => {
  const item = (patch: Parameters<typeof withFollowUps>[1], key: FollowUpKey) =>
    followUpChecklist(withFollowUps(reach('buy'), patch)).find((i) => i.key === key);

  it.each([
    [{ dataOut: '', alternative: '' }, false, 'how the data comes out and what you would move to'],
    [{ dataOut: 'Nightly export to S3', alternative: '' }, false, 'what you would move to'],
    [{ dataOut: '', alternative: 'pgvector' }, false, 'how the data comes out'],
    [{ dataOut: 'Nightly export to S3', alternative: 'pgvector' }, true, ''],
  ])('exit plan %j → done %s', (exitPlan, done, missing) => {
    const exit = item({ exitPlan }, 'exit-plan');
    expect(exit?.done).toBe(done);
    expect(exit?.missing).toContain(missing);
  });

  it.each([
    [null, null, false, 'the evaluation and the integration'],
    [2, null, false, 'integration'],
    [null, 6, false, 'evaluation'],
    [2, 6, true, ''],
    [0, 0, true, ''],
  ])('evaluation %s weeks, integration %s weeks → done %s', (evaluationWeeks, integrationWeeks, done, missing) => {
    const effort = item({ evaluationWeeks, integrationWeeks }, 'effort');
    expect(effort?.done).toBe(done);
    expect(effort?.missing).toContain(missing);
  });

  it('needs the number of operators for the ramp-up', () => {
    expect(item({}, 'ramp-up')?.done).toBe(false);
    expect(item({ operators: 3 }, 'ramp-up')?.done).toBe(true);
  });

  it.each([
    [0, 0, 0],
    [1, 1, 2],
    [3, 3, 6],
  ])('%i operators need %i–%i weeks of ramp-up in all', (operators, minWeeks, maxWeeks) => {
    expect(rampUp(operators)).toEqual({ minWeeks, maxWeeks });
  });
});

describe('requirements expected to change', () => {
  const f = reach('buy').framing;
  it.each([
    [[], false, 0],
    [[rid(1)], true, 1],
    [[rid(3)], false, 0],
    [[rid(0), rid(1)], true, 2],
  ])('unstable %j → many %s', (ids, many, unstable) => {
    const s = stability(f, { ...emptyFollowUps(), unstableRequirements: ids });
    expect(s).toEqual({ unstable, counted: 3, many });
  });

  it('counts the item done once the team has reviewed the list, even with none changing', () => {
    const reviewed = followUpChecklist(withFollowUps(reach('buy'), { requirementsReviewed: true }));
    expect(reviewed.find((i) => i.key === 'changing-requirements')?.done).toBe(true);
  });
});

describe('revisit', () => {
  it.each<[DecisionOutcome, string]>([
    ['buy', '2027-05-22'],
    ['buy-and-wrap', '2027-05-22'],
    ['build', '2027-11-22'],
    ['find-another-vendor', '2027-11-22'],
    ['secure-capacity-first', '2027-11-22'],
  ])('%s defaults to %s from a session on 2026-11-22', (outcome, date) => {
    expect(revisitByOf(reach(outcome))).toBe(date);
    expect(followUpChecklist(reach(outcome)).find((i) => i.key === 'revisit')?.label).toContain(date);
  });

  it('keeps a date the team chose', () => {
    expect(revisitByOf(withFollowUps(reach('buy'), { revisitBy: '2027-02-01' }))).toBe('2027-02-01');
  });

  it('is done once a trigger that is not blank is named', () => {
    const revisit = (triggers: string[]) => followUpChecklist(withFollowUps(reach('buy'), { triggers })).find((i) => i.key === 'revisit');
    expect(revisit([' '])?.done).toBe(false);
    expect(revisit(['The bill doubles'])?.done).toBe(true);
  });

  it('suggests triggers for every outcome', () => {
    for (const outcome of [...DECISION_OUTCOMES, 'reject-candidate'] as const) expect(suggestedTriggers(outcome).length).toBeGreaterThan(2);
  });
});

it('reads a session saved before follow-ups existed as having none', () => {
  const { followUps: _gone, ...stored } = reach('build');
  const old = readAsV1(stored);
  expect(canDecide(old)).toBe(false);
  expect(followUpChecklist(old).map((i) => i.done)).toEqual([false, false, false]);
});
