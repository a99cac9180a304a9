import { describe, expect, it } from 'vitest';
import { assertNever } from './assert-never';
import { decide, needsAdoption } from './decision';
import { OUTCOMES, outcomeRank } from './outcomes';
import { transition } from './transition';
import { walk } from './walk';
import { ALL_CHECKS, cid, differentiator, fit, framed, maturity, play } from './testing/sessions';

describe('ranking', () => {
  it('ranks buy, then buy and wrap, then building or looking further, then rejection', () => {
    const ranked = [...OUTCOMES].sort((a, b) => outcomeRank(a) - outcomeRank(b));
    expect(ranked[0]).toBe('buy');
    expect(ranked[1]).toBe('buy-and-wrap');
    expect(ranked[ranked.length - 1]).toBe('reject-candidate');
    expect(outcomeRank('build')).toBe(outcomeRank('secure-capacity-first'));
  });
});

describe('decide', () => {
  const bothBought = () =>
    play(
      framed({ candidates: ['Qdrant', 'Pinecone'], requirements: [['Search', 'must']] }),
      differentiator('no'),
      maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }),
      fit({ 0: { coverage: ['covered'], verdict: 'meets' }, 1: { coverage: ['covered'], verdict: 'meets' } }),
    );

  it('proposes the first of equally ranked options and lets the team adopt another', () => {
    const session = bothBought();
    const decision = decide(session);
    expect(needsAdoption(decision)).toBe(true);
    expect(decision.proposed?.label).toBe('Qdrant');
    const adopted = play(session, { type: 'option.adopted', option: { kind: 'candidate', candidateId: cid(1) } });
    expect(decide(adopted).chosen?.label).toBe('Pinecone');
  });

  it('decides a session once, and a changed session afresh', () => {
    const session = bothBought();
    expect(decide(session)).toBe(decide(session));
    const adopted = play(session, { type: 'option.adopted', option: { kind: 'candidate', candidateId: cid(1) } });
    expect(decide(adopted)).not.toBe(decide(session));
    expect(decide(adopted).chosen?.label).toBe('Pinecone');
  });

  it('has no outcome while a node is unanswered', () => {
    const decision = decide(play(framed(), differentiator('no')));
    expect(decision.outcome).toBeNull();
    expect(decision.options).toEqual([]);
    expect(needsAdoption(decision)).toBe(false);
  });

  it('treats a candidate missing from an answer as failing, never as bought', () => {
    const session = bothBought();
    const { requirements } = session.answers;
    if (!requirements) throw new Error('expected node 3 answered');
    const onlyFirst = { ...requirements, candidates: { [cid(0)]: requirements.candidates[cid(0)]! } };
    const w = walk(session.framing, { ...session.answers, requirements: onlyFirst });
    expect(w.candidates.map((c) => c.outcome)).toEqual(['buy', 'reject-candidate']);
  });
});

describe('exhaustiveness guards', () => {
  it('throws on a value the types rule out', () => {
    expect(() => assertNever('surprise' as never, 'thing')).toThrow(/Unhandled thing/);
    expect(() => transition(framed(), { type: 'session.exploded' } as never)).toThrow(/Unhandled event/);
  });
});
