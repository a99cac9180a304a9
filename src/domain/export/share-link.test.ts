import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentRevision } from '../record/record';
import { shareFragment } from './share-fragment';
import { readShareLink, SHARE_URL_LIMIT, shareLink, sharedRecordOf, sharePayload } from './share-link';
import { SHARE_DICTIONARY_V1 } from './share-dictionary';
import { MAX_RECORD_NESTING } from '../record/readable';
import { renameSessionIds, type IdKind } from '../record/session-ids';
import type { DecisionRecord } from '../record/record';
import { recordArb } from './testing/record-arbitrary';
import { typicalRecord } from './testing/typical-record';

const BASE = 'https://decisions.example.com/forkpoint/';

/** A payload made from any JSON text, as a hand-made link would be. */
async function craft(json: string): Promise<string> {
  const { zlibSync, strToU8 } = await import('fflate');
  return `1.${Buffer.from(zlibSync(strToU8(json), { level: 9, dictionary: strToU8(SHARE_DICTIONARY_V1) })).toString('base64url')}`;
}

/** The record with its ids renamed: the n-th candidate (requirement) gets `ids.candidate[n]`. */
function withIds(record: DecisionRecord, ids: Record<IdKind, readonly string[]>): DecisionRecord {
  const { framing } = currentRevision(record).session;
  const known = new Map<string, string>([
    ...framing.candidates.map((c, i) => [c.id, ids.candidate[i] ?? c.id] as const),
    ...framing.requirements.map((r, i) => [r.id, ids.requirement[i] ?? r.id] as const),
  ]);
  const rename = (kind: IdKind, id: string) => (kind === 'session' ? (ids.session[0] ?? id) : (known.get(id) ?? id));
  return { ...record, revisions: record.revisions.map((r) => ({ ...r, session: renameSessionIds(r.session, rename) })) };
}

async function open(url: string) {
  const payload = shareFragment(new URL(url).hash);
  if (payload === null) throw new Error('no share fragment');
  return readShareLink(payload);
}

describe('share link', () => {
  it('fits a typical record (2 candidates, 8 requirements) in about 1,000 characters', async () => {
    const link = await shareLink(typicalRecord(), BASE);
    expect(link.ok).toBe(true);
    const { length } = link.ok ? link.value : link.error;
    expect(length).toBeLessThan(1100);
    expect(length).toBeLessThanOrEqual(SHARE_URL_LIMIT);
  });

  it('opens to the same current revision, status and tags, with only the ids shortened', async () => {
    const record = { ...typicalRecord(), tags: ['search', 'q3'] };
    const link = await shareLink(record, BASE);
    if (!link.ok) throw new Error(link.error.message);
    const opened = await open(link.value.url);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const { session } = opened.value.revision;
    expect(opened.value.status).toBe(record.status);
    expect(opened.value.tags).toEqual(['search', 'q3']);
    expect(session.framing.candidates.map((c) => [c.id, c.name])).toEqual([['c0', 'Acme Vectors'], ['c1', 'Quiver Cloud']]);
    expect(JSON.stringify(session.answers.requirements?.candidates)).toContain('"c1":{"coverage":{"r0":"covered"');
    expect(session.adopted).toEqual(currentRevision(record).session.adopted);
  });

  // Slow by nature: 60 generated records compressed and opened again (~0.4 s alone, ~5 s under load).
  it('keeps every text of generated records', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, async (record) => {
        const link = await shareLink(record, BASE);
        if (!link.ok) return;
        const opened = await open(link.value.url);
        if (!opened.ok) throw new Error(JSON.stringify(opened.error));
        const before = currentRevision(record).session.framing;
        expect(opened.value.revision.session.framing.description).toBe(before.description);
        expect(opened.value.revision.session.framing.candidates.map((c) => c.notes)).toEqual(before.candidates.map((c) => c.notes));
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('refuses a link past the limit, saying how long it would be and offering a file', async () => {
    const record = typicalRecord();
    const long = { ...record, revisions: record.revisions.map((r) => ({ ...r, session: { ...r.session, framing: { ...r.session.framing, description: Array.from({ length: 400 }, (_, i) => `word${i * 7919}`).join(' ') } } })) };
    const link = await shareLink(long, BASE);
    expect(link.ok).toBe(false);
    if (!link.ok) {
      expect(link.error.length).toBeGreaterThan(SHARE_URL_LIMIT);
      expect(link.error.message).toMatch(/characters.*Export the record as a file/s);
    }
  });

  it.each([
    // Cut at a multiple of four characters, a length a link can have, so only the inflate can notice.
    ['truncated', (p: string) => p.slice(0, Math.floor(p.length / 8) * 4), /incomplete or was altered/],
    ['with a changed character', (p: string) => `${p.slice(0, 40)}${p[40] === 'A' ? 'B' : 'A'}${p.slice(41)}`, /altered/],
    ['with foreign characters', (p: string) => `${p}<script>`, /characters a Forkpoint link never has/],
    ['from another version', (p: string) => `9${p.slice(1)}`, /not one this version/],
    ['empty', () => '', /not one this version/],
    ['cut to an impossible length', (p: string) => p.slice(0, 7), /characters a Forkpoint link never has/],
  ])('refuses a link %s with a clear message', async (_name, tamper, message) => {
    const link = await shareLink(typicalRecord(), BASE);
    if (!link.ok) throw new Error(link.error.message);
    const payload = shareFragment(new URL(link.value.url).hash) ?? '';
    const opened = await readShareLink(tamper(payload));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error[0]?.message).toMatch(message);
  });

  it('never opens a link with any one character changed as a different record', async () => {
    const link = await shareLink(typicalRecord(), BASE);
    if (!link.ok) throw new Error(link.error.message);
    const payload = shareFragment(new URL(link.value.url).hash) ?? '';
    const original = await readShareLink(payload);
    if (!original.ok) throw new Error('the untouched link must open');
    for (let i = 2; i < payload.length; i += 1) {
      const changed = `${payload.slice(0, i)}${payload[i] === 'A' ? 'B' : 'A'}${payload.slice(i + 1)}`;
      const opened = await readShareLink(changed);
      // Only a change in the last character's unused low bits can decode to the same bytes, and so the same record.
      if (opened.ok) expect({ at: i, shared: opened.value }).toEqual({ at: i, shared: original.value });
    }
  });

  it('shortens only id fields: ids equal to the encoding’s own words, and text equal to an id, read back as written', async () => {
    const typical = withIds(typicalRecord(), { session: ['c0'], candidate: ['proposed', 's'], requirement: ['c1', 'midsize', 'r0', 'covered'] });
    const { framing } = currentRevision(typical).session;
    const record = {
      ...typical,
      status: 'proposed' as const,
      tags: ['proposed', 's', 'c1'],
      revisions: typical.revisions.map((r) => ({ ...r, session: { ...r.session, framing: { ...framing, componentName: 'midsize', candidates: framing.candidates.map((c) => ({ ...c, name: c.id })) } } })),
    };
    const opened = await readShareLink(await sharePayload(record));
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    expect(opened.value).toEqual(sharedRecordOf(record));
    expect(opened.value.status).toBe('proposed');
    expect(opened.value.tags).toEqual(['proposed', 's', 'c1']);
    expect(opened.value.revision.session.framing.componentName).toBe('midsize');
    expect(opened.value.revision.session.framing.candidates.map((c) => [c.id, c.name])).toEqual([['c0', 'proposed'], ['c1', 's']]);
    expect(opened.value.revision.session.answers.requirements?.candidates).toMatchObject({ c1: { coverage: { r0: 'covered' } } });
  });

  it('refuses a link whose candidates share an id, which could not be saved and read back', async () => {
    const shared = sharedRecordOf(typicalRecord());
    const [first, second] = shared.revision.session.framing.candidates;
    if (!first || !second) throw new Error('the typical record has two candidates');
    const twins = { ...shared, revision: { ...shared.revision, session: { ...shared.revision.session, framing: { ...shared.revision.session.framing, candidates: [first, { ...second, id: first.id }] } } } };
    const opened = await readShareLink(await craft(JSON.stringify(twins)));
    expect(!opened.ok && opened.error[0]?.message).toMatch(/two candidates or requirements the same id \("c0"\)/);
  });

  it.each([
    ['at the limit', MAX_RECORD_NESTING - 2, true],
    ['one past the limit', MAX_RECORD_NESTING - 1, false],
    ['100,000 deep', 100_000, false],
  ])('walks a link nested %s to the schema (which refuses nested tags), or refuses it for its nesting first', async (_name, depth, walked) => {
    // The tags list sits one level in: its items add `depth` more.
    const json = JSON.stringify(sharedRecordOf(typicalRecord())).replace('"tags":[]', `"tags":[${'['.repeat(depth)}${']'.repeat(depth)}]`);
    const opened = await readShareLink(await craft(json));
    if (walked) expect(!opened.ok && opened.error[0]?.where).toBe('link $.tags[0]');
    else expect(!opened.ok && opened.error[0]?.message).toMatch(`nests more than ${MAX_RECORD_NESTING} levels`);
  });

  it('finds the payload only in a share fragment', () => {
    expect(shareFragment('#share=1.abc')).toBe('1.abc');
    expect(shareFragment('share=1.abc')).toBe('1.abc');
    expect(shareFragment('#/library')).toBeNull();
  });
});
