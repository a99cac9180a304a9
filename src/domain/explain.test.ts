import { describe, expect, it } from 'vitest';
import { candidateName, describePath, explain, requirementName, summarise } from './explain';
import { reach } from './guidance/testing/outcome-sessions';
import { ALL_CHECKS, NO_CHECKS, STRETCHED, cid, differentiator, fit, framed, gaps, maintenance, maturity, play } from './testing/sessions';

const REQS = [['Hybrid search', 'must'], ['Metadata filters', 'should'], ['Multi-tenancy', 'should']] as const;

describe('reasons are drawn from the answers', () => {
  it('quotes the differentiator rationale and the capacity figures', () => {
    const session = play(framed({ capacity: STRETCHED }), differentiator('yes', 'Ranking quality is our product'), maintenance('no'));
    const { inHouse, decision } = explain(session);
    expect(decision.outcome).toBe('secure-capacity-first');
    expect(inHouse.join('\n')).toMatch(/Ranking quality is our product/);
    expect(inHouse.join('\n')).toMatch(/4 engineers in all/);
  });

  it('names the missing must-have and the should-have score', () => {
    const session = play(
      framed({ candidates: ['Qdrant', 'Pinecone'], requirements: REQS }),
      differentiator('no'),
      maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }),
      fit({ 0: { coverage: ['missing', 'covered', 'covered'], verdict: 'must-have-missing' }, 1: { coverage: ['covered', 'covered', 'partial'], verdict: 'gaps' } }),
      gaps({ 1: { ratings: { 2: { kind: 'core', breadth: 'narrow' } }, verdict: 'narrow-core-gaps' } }),
    );
    const { candidates } = explain(session);
    expect(candidates.get(cid(0))?.join('\n')).toMatch(/must-have “Hybrid search”/);
    const pinecone = candidates.get(cid(1))?.join('\n') ?? '';
    expect(pinecone).toMatch(/75% of the should-haves/);
    expect(pinecone).toMatch(/Multi-tenancy \(narrow\)/);
    expect(pinecone).toMatch(/Outcome for Pinecone: Buy and wrap/);
  });

  it('lists the failed maturity checks and the broad gap', () => {
    const session = play(
      framed({ candidates: ['Qdrant', 'Weaviate'], requirements: REQS, capacity: STRETCHED }),
      differentiator('no'),
      maturity({ 0: { checks: { ...NO_CHECKS, publicSla: true } }, 1: { checks: ALL_CHECKS } }),
      fit({ 1: { coverage: ['covered', 'missing', 'missing'], verdict: 'gaps' } }),
      gaps({ 1: { ratings: { 1: { kind: 'core', breadth: 'broad' }, 2: { kind: 'edge' } }, verdict: 'broad-core-gap' } }),
      maintenance('no'),
    );
    const { candidates, decision } = explain(session);
    expect(candidates.get(cid(0))?.join('\n')).toMatch(/not mature: it lacks two years or more in production, customers at our scale or larger and a track record/);
    expect(candidates.get(cid(1))?.join('\n')).toMatch(/Metadata filters \(broad\)/);
    expect(decision.outcome).toBe('find-another-vendor');
  });

  it('ends each reason with one full stop, whether or not the team typed one', () => {
    const typed = play(framed({ capacity: STRETCHED }), differentiator('yes', 'We cannot buy them.'), maintenance('yes', 'Two SREs join in January!'));
    const untyped = play(framed({ capacity: STRETCHED }), differentiator('yes', 'We cannot buy them'), maintenance('yes', 'Two SREs join in January'));
    expect(explain(typed).inHouse.join('\n')).toMatch(/We cannot buy them\.$/m);
    expect(explain(typed).inHouse.join('\n')).toMatch(/January!$/m);
    expect(explain(untyped).inHouse.join('\n')).toMatch(/We cannot buy them\.$/m);
    expect(explain(untyped).inHouse.join('\n')).toMatch(/January\.$/m);
    expect(explain(typed).inHouse.join('\n')).not.toMatch(/\.\./);
  });

  it('says "you need to own it" only when the team called it a differentiator', () => {
    const owned = play(framed({ capacity: STRETCHED }), differentiator('yes'), maintenance('no'));
    const nothingFits = play(framed({ capacity: STRETCHED }), differentiator('no'), maturity({}), maintenance('no'));
    expect(explain(owned).inHouse.join('\n')).toMatch(/You need to own it/);
    expect(explain(nothingFits).decision.outcome).toBe('secure-capacity-first');
    expect(explain(nothingFits).inHouse.join('\n')).not.toMatch(/need to own it/);
    expect(explain(nothingFits).inHouse.join('\n')).toMatch(/Nothing on the market will do/);
  });

  it('writes the possessive of a name ending in s as people do ("Acme Vectors’ core gaps")', () => {
    const reasons = [...explain(reach('buy-and-wrap')).candidates.values()].flat().join('\n');
    expect(reasons).toMatch(/Acme Vectors’ core gaps are narrow/);
    expect(reasons).not.toMatch(/’s’|s’s/);
  });

  it('records an override and its reason', () => {
    const session = play(framed({ capacity: STRETCHED }), differentiator('yes'), maintenance('yes', 'Two SREs join in January'));
    expect(explain(session).inHouse.join('\n')).toMatch(/against the app’s suggestion here: Two SREs join in January/);
  });

  it('describes the path in order with each answer', () => {
    const session = play(framed({ candidates: ['Qdrant'], requirements: REQS }), differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: ['covered', 'covered', 'covered'], verdict: 'meets' } }));
    expect(describePath(session).map((s) => `${s.number} ${s.answer}`)).toEqual(['1 No', '2 Yes — Qdrant', '3 Qdrant: meets 80% or more']);
  });

  it('says when no candidate was listed', () => {
    const session = play(framed(), differentiator('no'), maturity({}), maintenance('yes'));
    expect(describePath(session)[1]?.answer).toMatch(/no candidates/);
    expect(explain(session).inHouse[0]).toMatch(/No commercial candidate/);
  });

  it('notes a candidate judged mature against a failed check, and a decision where every candidate misses a must-have', () => {
    const session = play(
      framed({ candidates: ['Qdrant'], requirements: REQS }),
      differentiator('no'),
      maturity({ 0: { checks: { ...ALL_CHECKS, publicSla: false }, mature: true, overrideReason: 'SLA in the contract' } }),
      fit({ 0: { coverage: ['missing', 'covered', 'covered'], verdict: 'must-have-missing' } }),
      maintenance('yes'),
    );
    const { candidates, inHouse, decision } = explain(session);
    expect(candidates.get(cid(0))?.join('\n')).toMatch(/mature although it lacks a public SLA/);
    expect(candidates.get(cid(0))?.join('\n')).toMatch(/SLA in the contract/);
    expect(inHouse[0]).toMatch(/Every mature candidate misses a must-have/);
    expect(decision.outcome).toBe('build');
  });

  it('summarises nothing for unanswered nodes and names unknown ids plainly', () => {
    const session = framed({ candidates: ['Qdrant'] });
    for (const node of ['differentiator', 'maturity', 'requirements', 'gaps', 'maintenance'] as const) {
      expect(summarise(session.framing, session.answers, node)).toBeNull();
    }
    expect(candidateName(session.framing, 'nope')).toMatch(/unknown candidate/);
    expect(requirementName(session.framing, 'nope')).toMatch(/unknown requirement/);
  });
});
