import { describe, expect, it } from 'vitest';
import { newSession, type Session } from './session';
import { transition, type SessionEvent } from './transition';
import {
  ALL_CHECKS,
  NO_CHECKS,
  STRETCHED,
  cid,
  differentiator,
  fit,
  framed,
  framing,
  gaps,
  maintenance,
  maturity,
  play,
} from './testing/sessions';
import type { SessionId } from './ids';

const REQS = [['Hybrid search', 'must'], ['Filters', 'should'], ['Tenancy', 'should']] as const;
const atGaps = () =>
  play(
    framed({ candidates: ['Qdrant'], requirements: REQS }),
    differentiator('no'),
    maturity({ 0: { checks: ALL_CHECKS } }),
    fit({ 0: { coverage: ['covered', 'partial', 'missing'], verdict: 'gaps' } }),
  );

function rejected(session: Session, event: SessionEvent) {
  const result = transition(session, event);
  if (result.ok) throw new Error(`expected ${event.type} to be rejected`);
  return result.error;
}

describe('framing', () => {
  it('rejects an empty component name with a message at the field', () => {
    const start = newSession('2026-11-22', 'session_x' as SessionId);
    const rejection = rejected(start, { type: 'framing.submitted', framing: { ...framing(), componentName: '  ' } });
    expect(rejection.reason).toBe('invalid-framing');
    expect(rejection.errors.componentName).toMatch(/name/i);
  });

  it.each([
    ['negative engineers', { engineers: -1, systemsMaintained: 0, spareEngineers: 0 }, 'capacity.engineers', /negative/],
    ['non-numeric spare capacity', { engineers: 3, systemsMaintained: 0, spareEngineers: Number.NaN }, 'capacity.spareEngineers', /number/],
    ['fractional headcount', { engineers: 2.5, systemsMaintained: 0, spareEngineers: 0 }, 'capacity.engineers', /whole/],
  ])('rejects %s', (_name, capacity, field, message) => {
    const rejection = rejected(newSession('2026-11-22'), { type: 'framing.submitted', framing: { ...framing(), capacity } });
    expect(rejection.errors[field]).toMatch(message);
  });

  it('rejects a requirement without a bucket and a candidate without a name', () => {
    const input = framing({ candidates: ['x'], requirements: [['Search', 'must']] });
    const broken = {
      ...input,
      candidates: [{ ...input.candidates[0], name: '' }],
      requirements: [{ ...input.requirements[0], bucket: '' }],
    };
    const rejection = rejected(newSession('2026-11-22'), { type: 'framing.submitted', framing: broken });
    expect(rejection.errors['candidates.0.name']).toMatch(/name/i);
    expect(rejection.errors['requirements.0.bucket']).toMatch(/must-have/);
  });

  it('keeps node 1 but drops per-candidate answers when the candidate list changes', () => {
    const session = play(atGaps(), { type: 'step.goto', step: 'framing' });
    const withMore = framing({ candidates: ['Qdrant', 'Pinecone'], requirements: REQS });
    const after = play(session, { type: 'framing.submitted', framing: withMore });
    expect(Object.keys(after.answers)).toEqual(['differentiator']);
    expect(after.step).toBe('differentiator');
  });

  it('keeps every answer when only the wording changes', () => {
    const session = play(atGaps(), { type: 'step.goto', step: 'framing' });
    const renamed = { ...framing({ candidates: ['Qdrant'], requirements: REQS }), componentName: 'Search vectors' };
    const after = play(session, { type: 'framing.submitted', framing: renamed });
    expect(Object.keys(after.answers)).toEqual(['differentiator', 'maturity', 'requirements']);
  });

  it('is only accepted on the framing step', () => {
    expect(rejected(atGaps(), { type: 'framing.submitted', framing: framing() }).reason).toBe('not-current-step');
  });
});

describe('answers', () => {
  it('requires a rationale for a differentiator', () => {
    const rejection = rejected(framed(), differentiator('yes', ' '));
    expect(rejection.reason).toBe('invalid-answer');
    expect(rejection.errors.rationale).toBeDefined();
  });

  it('accepts "no" at node 1 without a rationale', () => {
    expect(play(framed(), differentiator('no')).step).toBe('maturity');
  });

  it('rejects an answer for a node other than the current one', () => {
    expect(rejected(framed(), maintenance('yes')).reason).toBe('not-current-step');
  });

  it('needs a reason to override the maturity suggestion and records the suggestion', () => {
    const at2 = play(framed({ candidates: ['Qdrant'] }), differentiator('no'));
    const rejection = rejected(at2, maturity({ 0: { checks: NO_CHECKS, mature: true } }));
    expect(rejection.errors[`candidates.${cid(0)}.overrideReason`]).toMatch(/why/i);
    const after = play(at2, maturity({ 0: { checks: NO_CHECKS, mature: true, overrideReason: 'References vouched for it.' } }));
    expect(after.answers.maturity?.candidates[cid(0)]).toMatchObject({ mature: true, suggested: false });
  });

  it('asks for every candidate at node 2', () => {
    const at2 = play(framed({ candidates: ['Qdrant', 'Pinecone'] }), differentiator('no'));
    expect(rejected(at2, maturity({ 0: { checks: ALL_CHECKS } })).errors[`candidates.${cid(1)}`]).toMatch(/Pinecone/);
  });

  it('asks for coverage of every must- and should-have at node 3', () => {
    const at3 = play(framed({ candidates: ['Qdrant'], requirements: REQS }), differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }));
    const rejection = rejected(at3, fit({ 0: { coverage: ['covered'], verdict: 'must-have-missing', overrideReason: 'x' } }));
    expect(Object.keys(rejection.errors)).toEqual([`candidates.${cid(0)}.coverage.req_1`, `candidates.${cid(0)}.coverage.req_2`]);
    expect(rejected(at3, fit({})).errors[`candidates.${cid(0)}`]).toMatch(/Qdrant/);
  });

  it('computes the node 3 suggestion and needs a reason to override it', () => {
    const at3 = play(framed({ candidates: ['Qdrant'], requirements: REQS }), differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }));
    const overriding = fit({ 0: { coverage: ['missing', 'covered', 'covered'], verdict: 'meets' } });
    expect(rejected(at3, overriding).errors[`candidates.${cid(0)}.overrideReason`]).toBeDefined();
    const after = play(at3, fit({ 0: { coverage: ['missing', 'covered', 'covered'], verdict: 'meets', overrideReason: 'Shipping next month, contract-bound.' } }));
    expect(after.answers.requirements?.candidates[cid(0)]).toMatchObject({ verdict: 'meets', suggested: 'must-have-missing' });
  });

  it('asks to classify every gap at node 4 and computes its verdict', () => {
    const at4 = atGaps();
    expect(at4.step).toBe('gaps');
    expect(Object.keys(rejected(at4, gaps({ 0: { ratings: { 1: { kind: 'edge' } }, verdict: 'no-core-gap' } })).errors)).toEqual([`candidates.${cid(0)}.gaps.req_2`]);
    const after = play(at4, gaps({ 0: { ratings: { 1: { kind: 'edge' }, 2: { kind: 'core', breadth: 'narrow' } }, verdict: 'narrow-core-gaps' } }));
    expect(after.answers.gaps?.candidates[cid(0)]?.suggested).toBe('narrow-core-gaps');
  });

  it('computes the node 5 suggestion from capacity and needs a reason to override it', () => {
    const at5 = play(framed({ capacity: STRETCHED }), differentiator('yes'));
    expect(rejected(at5, maintenance('yes')).errors.overrideReason).toBeDefined();
    expect(play(at5, maintenance('yes', 'We are hiring two SREs in January.')).answers.maintenance?.suggested).toBe('no');
  });
});

describe('stepping back', () => {
  it('walks back one node at a time, then to the framing', () => {
    let session = atGaps();
    const steps: string[] = [];
    for (let i = 0; i < 4; i++) {
      session = play(session, { type: 'step.back' });
      steps.push(session.step);
    }
    expect(steps).toEqual(['requirements', 'maturity', 'differentiator', 'framing']);
    expect(rejected(session, { type: 'step.back' }).reason).toBe('cannot-go-back');
  });

  it('invalidates every downstream answer when a changed answer is given', () => {
    const back = play(atGaps(), { type: 'step.goto', step: 'maturity' });
    const changed = play(back, maturity({ 0: { checks: NO_CHECKS } }));
    expect(changed.answers.requirements).toBeUndefined();
    expect(changed.answers.gaps).toBeUndefined();
    expect(changed.step).toBe('maintenance');
  });

  it('keeps downstream answers when the same answer is given again', () => {
    const back = play(atGaps(), { type: 'step.goto', step: 'maturity' });
    const same = play(back, maturity({ 0: { checks: ALL_CHECKS } }));
    expect(same.answers.requirements).toBeDefined();
    expect(same.step).toBe('requirements');
  });

  it('goes back from the outcome to the last node', () => {
    const done = play(framed(), differentiator('yes'), maintenance('yes'));
    expect(play(done, { type: 'step.back' }).step).toBe('maintenance');
  });

  it('does not skip the framing of a new session', () => {
    expect(rejected(newSession('2026-11-22'), { type: 'step.goto', step: 'differentiator' }).reason).toBe('not-reachable');
  });

  it('only goes to nodes on the answered path', () => {
    const at4 = atGaps();
    expect(rejected(at4, { type: 'step.goto', step: 'maintenance' }).reason).toBe('not-reachable');
    expect(rejected(at4, { type: 'step.goto', step: 'outcome' }).reason).toBe('not-reachable');
    expect(play(at4, { type: 'step.goto', step: 'differentiator' }).step).toBe('differentiator');
  });
});

describe('adoption', () => {
  const twoOptions = () =>
    play(
      framed({ candidates: ['Qdrant', 'Pinecone'], requirements: REQS }),
      differentiator('no'),
      maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }),
      fit({ 0: { coverage: ['covered', 'covered', 'covered'], verdict: 'meets' }, 1: { coverage: ['covered', 'partial', 'missing'], verdict: 'gaps' } }),
      gaps({ 1: { ratings: { 1: { kind: 'core', breadth: 'narrow' }, 2: { kind: 'edge' } }, verdict: 'narrow-core-gaps' } }),
    );

  it('adopts a candidate other than the proposed one', () => {
    const adopted = play(twoOptions(), { type: 'option.adopted', option: { kind: 'candidate', candidateId: cid(1) } });
    expect(adopted.adopted).toEqual({ kind: 'candidate', candidateId: cid(1) });
  });

  it('keeps the adopted option through changed answers (a revisit), and drops it once that option is gone', () => {
    const adopted = play(twoOptions(), { type: 'option.adopted', option: { kind: 'candidate', candidateId: cid(1) } });
    const rewalked = play(
      adopted,
      { type: 'step.goto', step: 'differentiator' },
      differentiator('no', 'Shoppers do not choose us for search.'),
      maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }),
      fit({ 0: { coverage: ['covered', 'covered', 'covered'], verdict: 'meets' }, 1: { coverage: ['covered', 'partial', 'missing'], verdict: 'gaps' } }),
      gaps({ 1: { ratings: { 1: { kind: 'core', breadth: 'narrow' }, 2: { kind: 'edge' } }, verdict: 'narrow-core-gaps' } }),
    );
    expect(rewalked.step).toBe('outcome');
    expect(rewalked.adopted).toEqual({ kind: 'candidate', candidateId: cid(1) });

    const gone = play(
      adopted,
      { type: 'step.goto', step: 'requirements' },
      fit({ 0: { coverage: ['covered', 'covered', 'covered'], verdict: 'meets' }, 1: { coverage: ['missing', 'partial', 'missing'], verdict: 'must-have-missing' } }),
    );
    expect(gone.step).toBe('outcome');
    expect(gone.adopted).toBeNull();
  });

  it('keeps why the team adopted an option until another option is adopted', () => {
    const adopted = play(twoOptions(), { type: 'option.adopted', option: { kind: 'candidate', candidateId: cid(1) } }, { type: 'adoption.explained', reason: 'Runs in our region' });
    expect(adopted.adoptionReason).toBe('Runs in our region');
    expect(play(adopted, { type: 'option.adopted', option: { kind: 'candidate', candidateId: cid(1) } }).adoptionReason).toBe('Runs in our region');
    expect(play(adopted, { type: 'option.adopted', option: { kind: 'candidate', candidateId: cid(0) } }).adoptionReason).toBe('');
    expect(rejected(atGaps(), { type: 'adoption.explained', reason: 'x' }).reason).toBe('not-current-step');
  });

  it('refuses options that have no outcome', () => {
    expect(rejected(twoOptions(), { type: 'option.adopted', option: { kind: 'in-house' } }).reason).toBe('not-an-option');
    expect(rejected(atGaps(), { type: 'option.adopted', option: { kind: 'in-house' } }).reason).toBe('not-current-step');
  });
});
