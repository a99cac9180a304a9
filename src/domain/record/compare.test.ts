import { describe, expect, it } from 'vitest';
import { compareRevisions } from './compare';
import type { Revision } from './record';
import { buySession } from '../testing/records';
import type { Session } from '../session';
import { buildScenario, buyScenario, costInputs } from '../cost/testing/inputs';
import { ALL_CHECKS, differentiator, fit, framed, maturity, play } from '../testing/sessions';

const revision = (number: number, session: Session): Revision => ({ number, savedAt: '2026-11-22T10:00:00.000Z', whatChanged: '', session });

describe('compareRevisions', () => {
  it('finds nothing between a revision and itself', () => {
    const r = revision(1, buySession());
    expect(compareRevisions(r, r)).toEqual({ from: 1, to: 1, changes: [] });
  });

  it('shows a changed answer, the detail behind it and the outcome it moved, side by side', () => {
    const options = { candidates: ['Acme Vectors'], requirements: [['Hybrid search', 'must'], ['Metrics export', 'should']] as const };
    const before = revision(1, buySession({ ...options, requirements: [...options.requirements] }));
    const after = revision(
      2,
      play(
        framed({ ...options, requirements: [...options.requirements] }),
        differentiator('no'),
        maturity({ 0: { checks: ALL_CHECKS } }),
        fit({ 0: { coverage: ['missing', 'covered'], verdict: 'must-have-missing' } }),
      ),
    );
    const { changes } = compareRevisions(before, after);
    expect(changes).toContainEqual({ section: 'answers', label: '3. Meets 80%?', before: 'Acme Vectors: meets 80% or more', after: 'Acme Vectors: misses a must-have' });
    expect(changes).toContainEqual({ section: 'answers', label: 'Coverage — Acme Vectors — Hybrid search', before: 'covered', after: 'missing' });
    expect(changes.find((c) => c.label === 'Outcome')).toMatchObject({ section: 'outcome', before: 'Buy' });
    expect(changes.filter((c) => c.section === 'framing')).toEqual([]);
  });

  it('shows changed inputs and an answer that only one side has', () => {
    const a = framed({ capacity: { engineers: 8, systemsMaintained: 2, spareEngineers: 0.5 } });
    const b = play(framed({ capacity: { engineers: 12, systemsMaintained: 2, spareEngineers: 0.5 } }), differentiator('no'));
    const { changes } = compareRevisions(revision(1, a), revision(2, b));
    expect(changes).toContainEqual({ section: 'framing', label: 'Engineers', before: '8', after: '12' });
    expect(changes).toContainEqual({ section: 'answers', label: '1. Core differentiator?', before: '', after: 'No' });
  });

  it('shows a new price and where it moved the payback', () => {
    const session = buySession({ candidates: ['Acme Vectors'] });
    const [acme] = session.framing.candidates;
    if (!acme) throw new Error('expected a candidate');
    const priced = (price: number): Session => ({
      ...session,
      costs: costInputs({ buy: [buyScenario({ candidateId: acme.id, pricing: { kind: 'per-request', price } })], build: buildScenario({ hardwareCapex: 1_000_000 }) }),
    });
    const { changes } = compareRevisions(revision(1, priced(0.2)), revision(2, priced(0.4)));
    expect(changes).toContainEqual({ section: 'costs', label: 'Price — Acme Vectors', before: '$0.002 a unit', after: '$0.004 a unit' });
    // 1,000,000 + 104,000 m ≤ 400,000 m from m = 4
    expect(changes).toContainEqual({ section: 'costs', label: 'Payback — Acme Vectors', before: 'Building pays back in month 11', after: 'Building pays back in month 4' });
  });
});
