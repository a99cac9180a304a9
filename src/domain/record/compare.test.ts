import { describe, expect, it } from 'vitest';
import { compareRevisions } from './compare';
import type { Revision } from './record';
import { buySession } from '../testing/records';
import type { Session } from '../session';
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
});
