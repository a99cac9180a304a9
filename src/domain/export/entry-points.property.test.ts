import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAdr } from '../adr/read-adr';
import { writeAdr } from '../adr/write-adr';
import { checkRecord } from '../record/readable';
import { currentRevision, type DecisionRecord, type RecordId } from '../record/record';
import { renameSessionIds } from '../record/session-ids';
import { recordFromJson } from './from-json';
import { readShareLink, sharedRecordOf, sharePayload } from './share-link';
import { recordArb } from './testing/record-arbitrary';
import { recordToJson } from './to-json';

/** Ids as the format allows them, the share encoding's own words among them (`s`, `c0`, `r0`, status and answer words). */
const idArb = fc.oneof(
  fc.constantFrom('s', 'c0', 'c1', 'r0', 'r1', 'proposed', 'midsize', 'no', 'yes', 'covered', 'outcome', 'id', '-', '_'),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
);

/** A generated record whose ids are any the format allows: one id per candidate, requirement and session, the same in every revision. */
const anyIdRecordArb: fc.Arbitrary<DecisionRecord> = fc.tuple(recordArb, fc.uniqueArray(idArb, { minLength: 40, maxLength: 40 })).map(([record, pool]) => {
  const fresh = new Map<string, string>();
  const rename = (_kind: string, id: string) => {
    if (!fresh.has(id)) fresh.set(id, pool[fresh.size % pool.length] ?? id);
    return fresh.get(id) ?? id;
  };
  const revisions = record.revisions.map((r) => ({ ...r, session: renameSessionIds(r.session, rename) }));
  return { ...record, id: (pool[39] ?? record.id) as RecordId, revisions };
});

describe('whatever the write gate accepts reads back from every entry point', () => {
  // Slow by nature: 100 records, each through JSON, Markdown and a compressed link (~3 s alone, several times that under coverage).
  it('JSON file, Markdown data block and share link give back the same record', async () => {
    await fc.assert(
      fc.asyncProperty(anyIdRecordArb, async (record) => {
        fc.pre(checkRecord(record).ok);
        expect(recordFromJson(recordToJson(record), 'r.json')).toEqual({ ok: true, value: record });

        const adr = readAdr(writeAdr(record, 'madr'), '0001-r.md');
        if (!adr.ok) throw new Error(`${adr.error.line ?? ''} ${adr.error.message}`);
        expect(adr.value.record).toEqual(record);

        const shared = await readShareLink(await sharePayload(record));
        expect(shared).toEqual({ ok: true, value: sharedRecordOf(record) });
        if (!shared.ok) return;
        // Only id fields differ from the record's current revision.
        const revision = currentRevision(record);
        expect({ ...shared.value.revision, session: { ...shared.value.revision.session, id: '' } }).toEqual({
          ...revision,
          session: { ...renameSessionIds(revision.session, (kind, id) => sharedIdOf(shared.value.revision.session, revision.session, kind, id)), id: '' },
        });
        expect([shared.value.status, shared.value.tags]).toEqual([record.status, record.tags]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

/** The id a link gave a candidate or requirement: the one at the same position in the shared framing. */
function sharedIdOf(shared: { framing: { candidates: { id: string }[]; requirements: { id: string }[] } }, original: { framing: { candidates: { id: string }[]; requirements: { id: string }[] } }, kind: string, id: string): string {
  if (kind === 'session') return id;
  const list = kind === 'candidate' ? 'candidates' : 'requirements';
  const at = original.framing[list].findIndex((item) => item.id === id);
  return shared.framing[list][at]?.id ?? id;
}
