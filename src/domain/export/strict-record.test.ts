import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../record/readable';
import { recordArb } from './testing/record-arbitrary';
import { typicalRecord } from './testing/typical-record';
import { copyFromShare } from './share-link';
import { parseRecordStrict } from './strict-record';
import { RECORD_FORMAT_VERSION } from '../record/format';
import { currentRevision } from '../record/record';

describe('parseRecordStrict', () => {
  it('refuses two candidates sharing an id and two revisions sharing a number', () => {
    const record = typicalRecord();
    const revision = currentRevision(record);
    const [a] = revision.session.framing.candidates;
    const twin = { ...revision, session: { ...revision.session, framing: { ...revision.session.framing, candidates: [a, a] } } };
    const result = parseRecordStrict(JSON.parse(JSON.stringify({ ...record, revisions: [twin, twin] })), 'twins.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.map((p) => p.where)).toEqual([
        '$.revisions[0].session.framing.candidates[1].id',
        '$.revisions[1].session.framing.candidates[1].id',
        '$.revisions[1].number',
      ]);
      expect(result.error[2]?.message).toBe('Revision number 1 appears twice.');
    }
  });

  it('names where a value has the wrong type', () => {
    const result = parseRecordStrict({ ...typicalRecord(), tags: 'one' }, 'r.json', 'data block (line 9) ');
    expect(!result.ok && result.error[0]?.where).toBe('data block (line 9) $.tags');
  });

  // parseRecordStrict checks only the shape of the schema's output, not the schema again: this is why that is enough.
  // Slow by nature: 100 generated records, each parsed twice (~1 s alone, several times that on a busy machine).
  it('gives a record that storage reads back unchanged, also when the schema trimmed a name in it', () => {
    let trimmed = 0;
    fc.assert(
      fc.property(recordArb, fc.nat(), (record, pick) => {
        const strings: string[] = [];
        JSON.stringify(record, (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
        let at = 0;
        // One string of the record, picked at random, with spaces around it: names are trimmed, ids and words refused.
        const target = pick % strings.length;
        const raw: unknown = JSON.parse(JSON.stringify(record, (_key, value: unknown) => (typeof value === 'string' && at++ === target ? ` ${value} ` : value)));
        const parsed = parseRecordStrict(raw, 'r.json');
        if (!parsed.ok) return;
        if (!JSON.stringify(parsed.value).includes(` ${strings[target] ?? ''} `)) trimmed++;
        expect(checkRecord(parsed.value)).toEqual({ ok: true, value: parsed.value });
      }),
      { numRuns: 100 },
    );
    expect(trimmed).toBeGreaterThan(0);
  }, 30_000);

  it('names where a key the format does not know sits', () => {
    const record = typicalRecord();
    const [first, ...rest] = record.revisions;
    if (!first) throw new Error('a record has a revision');
    const framing = { ...first.session.framing, candidates: first.session.framing.candidates.map((c, i) => (i === 0 ? { ...c, owner: 'mallory' } : c)) };
    const raw: unknown = JSON.parse(JSON.stringify({ ...record, revisions: [{ ...first, session: { ...first.session, framing } }, ...rest] }));
    const result = parseRecordStrict(raw, 'r.json');
    expect(!result.ok && result.error[0]).toEqual({ file: 'r.json', where: '$.revisions[0].session.framing.candidates[0].owner', message: 'Unknown key "owner": this is not part of a Forkpoint record.' });
  });

  it('refuses a record that is not an object', () => {
    expect(parseRecordStrict([], 'r.json')).toEqual({ ok: false, error: [{ file: 'r.json', where: '$', message: 'Expected a decision record (a JSON object).' }] });
  });
});

describe('copyFromShare', () => {
  it('makes a new record with its own id from the shared revision, keeping the tags', () => {
    const record = typicalRecord();
    const copy = copyFromShare({ formatVersion: RECORD_FORMAT_VERSION, status: 'accepted', tags: ['search'], revision: currentRevision(record) }, '2026-12-01T00:00:00.000Z');
    expect(copy.id).not.toBe(record.id);
    expect(copy.number).toBeNull();
    expect(copy.tags).toEqual(['search']);
    expect(currentRevision(copy).session).toEqual(currentRevision(record).session);
  });
});
