import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from './record';
import { DEFAULT_QUERY, filterLibrary, highlightParts, matchingSnippet, queryLibrary, sortLibrary, toLibraryEntry, type LibraryQuery } from './query';
import { buySession, inHouseSession, recordOf } from '../testing/records';
import { framed } from '../testing/sessions';

const TODAY = '2027-06-01';

function library(): DecisionRecord[] {
  const buy = { ...recordOf(buySession(), 'rec_buy', '2026-11-22T10:00:00.000Z'), tags: ['search'] };
  const build = recordOf(inHouseSession('yes', { profile: 'startup' }), 'rec_build', '2026-11-23T10:00:00.000Z');
  const draft = recordOf(framed(), 'rec_draft', '2026-11-24T10:00:00.000Z');
  return [buy, build, draft];
}
const entries = library().map((r) => toLibraryEntry(r));
const ids = (q: Partial<LibraryQuery>) => queryLibrary(entries, { ...DEFAULT_QUERY, ...q }, TODAY).map((e) => e.id);

describe('toLibraryEntry', () => {
  it('lists what the library shows, with the default revisit-by date', () => {
    const [buy, build] = entries;
    expect(buy).toMatchObject({ component: 'Vector store for product search', outcome: 'buy', adopted: 'Acme Vectors', status: 'proposed', revisitBy: '2027-05-22' });
    expect(build).toMatchObject({ outcome: 'build', adopted: 'Build it ourselves', profile: 'startup', revisitBy: '2027-11-22' });
  });

  it('takes the revisit-by date the team set over the default', () => {
    const session = buySession();
    const record = recordOf({ ...session, followUps: { ...session.followUps, revisitBy: '2027-01-15' } });
    expect(toLibraryEntry(record).revisitBy).toBe('2027-01-15');
  });
});

describe('queryLibrary', () => {
  it.each<Partial<LibraryQuery>>([{}, { text: 'acme' }, { sort: 'component', descending: false }, { status: 'draft', sort: 'date' }, { text: 'zzz' }])(
    'lists what filtering the once-sorted library lists, in the same order (%o)',
    (q) => {
      const query = { ...DEFAULT_QUERY, ...q };
      const sortedOnce = sortLibrary([...entries].reverse(), query);
      expect(filterLibrary(sortedOnce, query, TODAY)).toEqual(queryLibrary(entries, query, TODAY));
    },
  );

  it('sorts by last change, newest first, by default', () => {
    expect(ids({})).toEqual(['rec_draft', 'rec_build', 'rec_buy']);
    expect(ids({ sort: 'revisit-by', descending: false })).toEqual(['rec_buy', 'rec_build', 'rec_draft']);
  });

  it('searches names, descriptions and rationales; every term must match, any case', () => {
    expect(ids({ text: 'ACME' })).toEqual(['rec_buy']);
    expect(ids({ text: 'ranking customers' })).toEqual(['rec_build']);
    expect(ids({ text: 'embeddings' })).toHaveLength(3);
    expect(ids({ text: 'acme zebra' })).toEqual([]);
  });

  it('filters by outcome, status, profile, tag and due for revisit', () => {
    expect(ids({ outcome: 'build' })).toEqual(['rec_build']);
    expect(ids({ status: 'draft' })).toEqual(['rec_draft']);
    expect(ids({ profile: 'startup' })).toEqual(['rec_build']);
    expect(ids({ tag: 'Search' })).toEqual(['rec_buy']);
    expect(ids({ dueOnly: true })).toEqual(['rec_buy']);
  });
});

describe('highlightParts', () => {
  it('marks every occurrence of every term and merges overlaps', () => {
    expect(highlightParts('Vector store for vectors', ['vector', 'tor s'])).toEqual([
      { text: 'Vector s', match: true },
      { text: 'tore for ', match: false },
      { text: 'vector', match: true },
      { text: 's', match: false },
    ]);
    expect(highlightParts('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });

  it('keeps markup as text', () => {
    expect(highlightParts('<img src=x onerror=alert(1)>', ['img']).map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('matchingSnippet', () => {
  it('shows where a term matched outside the name', () => {
    expect(matchingSnippet(entries[1]!, ['customers pay'])).toContain('customers pay for');
    expect(matchingSnippet(entries[1]!, [])).toBeNull();
  });
});

describe('sorting', () => {
  it.each([
    ['date', false, ['rec_build', 'rec_buy', 'rec_draft']],
    ['component', false, ['rec_build', 'rec_buy', 'rec_draft']],
    ['outcome', false, ['rec_buy', 'rec_build', 'rec_draft']],
    ['status', false, ['rec_draft', 'rec_buy', 'rec_build']],
    ['updated', false, ['rec_buy', 'rec_build', 'rec_draft']],
  ] as const)('by %s (descending: %s)', (sort, descending, expected) => {
    const dated = library().map((r, i) => toLibraryEntry({ ...r, status: i === 1 ? 'rejected' : r.status }));
    const rows = queryLibrary(
      dated.map((e, i) => ({ ...e, date: ['2026-02-01', '2026-01-01', '2026-03-01'][i] ?? e.date })),
      { ...DEFAULT_QUERY, sort, descending },
      TODAY,
    );
    expect(rows.map((e) => e.id)).toEqual(expected);
  });
});

describe('matchingSnippet in long texts', () => {
  it('cuts around the match with ellipses, and finds nothing for an unknown term', () => {
    const entry = { ...entries[0]!, texts: ['name', `${'a'.repeat(200)} needle ${'b'.repeat(200)}`] };
    const snippet = matchingSnippet(entry, ['needle']);
    expect(snippet).toMatch(/^…a+ needle b+…$/);
    expect(matchingSnippet(entry, ['absent'])).toBeNull();
  });
});
