import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionArb } from '../export/testing/record-arbitrary';
import { SessionSchema } from '../session';
import { renameSessionIds, sharedIds, type IdKind } from './session-ids';

const renamed = (kind: IdKind, id: string) => `${kind[0]}-${id.slice(-8)}`;

describe('renameSessionIds', () => {
  // Generated ids are prefixed UUIDs that no generated text equals: any left in the output sits in an id field the list misses.
  it('renames every id field of generated sessions (costs, answers, scores, follow-ups) and leaves a valid session', () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        const ids = [session.id, ...session.framing.candidates.map((c) => c.id), ...session.framing.requirements.map((r) => r.id)];
        const out = renameSessionIds(session, renamed);
        const text = JSON.stringify(out);
        for (const id of ids) expect(text).not.toContain(id);
        expect(SessionSchema.safeParse(out).success).toBe(true);
        expect(out.framing.candidates.map((c) => c.name)).toEqual(session.framing.candidates.map((c) => c.name));
      }),
      { numRuns: 100 },
    );
  });

  it('leaves anything it does not understand for the schema', () => {
    expect(renameSessionIds('not a session', renamed)).toBe('not a session');
    const odd = { id: 7, framing: { candidates: 'none', requirements: [null, { id: 'r' }] }, answers: null, costs: { buy: 'x' } };
    expect(renameSessionIds(odd, renamed)).toEqual({ ...odd, framing: { candidates: 'none', requirements: [null, { id: 'r-r' }] } });
  });
});

describe('sharedIds', () => {
  it('names the second use of an id among candidates and requirements', () => {
    const session = { framing: { candidates: [{ id: 'a' }, { id: 'b' }, { id: 'a' }], requirements: [{ id: 'b' }] } };
    expect(sharedIds(session)).toEqual([
      { path: ['framing', 'candidates', 2, 'id'], id: 'a' },
      { path: ['framing', 'requirements', 0, 'id'], id: 'b' },
    ]);
    expect(sharedIds({ framing: { candidates: 'none' } })).toEqual([]);
  });
});
