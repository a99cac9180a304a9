import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planImport } from './import-plan';
import { hostileCaseArb, idCases, recordChars, recordOfChars, ZIP_LIES } from './testing/hostile-files';
import { MAX_FILE_BYTES } from './import-limits';
import { MAX_RECORD_CHARS } from '../record/readable';
import { buildZip } from './testing/zip-builder';
import { typicalRecord } from './testing/typical-record';
import { recordToJson } from './to-json';
import { unpackArchive } from './unzip/unpack-archive';

describe('hostile import files', () => {
  // Slow by nature: 300 generated files (~1 s alone, ~20 s under coverage with every core busy).
  it('refuses each of 300 malformed, truncated, oversized, wrong-version, type-confused and lying-zip files, naming the problem and where', async () => {
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(hostileCaseArb, async (hostile) => {
        kinds.add(hostile.kind);
        const plan = await planImport(await hostile.build(), unpackArchive);
        expect(plan.problems.length, hostile.kind).toBeGreaterThan(0);
        const said = [...plan.problems, ...plan.leftOut].map((p) => `${p.file} — ${p.message}`).join('\n');
        expect(said, hostile.kind).toMatch(hostile.expected);
        for (const problem of plan.problems) {
          expect(problem.where, hostile.kind).not.toBe('');
          expect(problem.file, hostile.kind).not.toBe('');
          // Names from inside a file are shown cleaned: no control or direction characters reach the page.
          // eslint-disable-next-line no-control-regex -- matching control characters is the point
          expect(problem.file, hostile.kind).not.toMatch(/[\u0000-\u001f\u202e]/);
        }
      }),
      { numRuns: 300 },
    );
    // 49 kinds in all; a random 300 reach most of them (the zip lies are each checked below).
    expect(kinds.size).toBeGreaterThanOrEqual(30);
  }, 60_000);

  it.each(idCases(typicalRecord()))('refuses a file with an $kind, saying so', async ({ kind, expected, build }) => {
    const plan = await planImport(await build(), unpackArchive);
    expect(plan.records, kind).toEqual([]);
    expect(plan.problems.map((p) => `${p.where}: ${p.message}`).join('\n'), kind).toMatch(expected);
  });

  it.each(ZIP_LIES)('refuses a zip that lies ($kind), saying so', async ({ kind, expected, zip }) => {
    const bytes = zip(new TextEncoder().encode(recordToJson(typicalRecord())));
    // How fast a lie is refused is a bench figure (a wall-clock bound here fails on a busy machine).
    const plan = await planImport([{ name: 'library.zip', bytes }], unpackArchive);
    expect(plan.records, kind).toEqual([]);
    expect([...plan.problems, ...plan.leftOut].map((p) => `${p.file} — ${p.message}`).join('\n'), kind).toMatch(expected);
  });

  it('accepts a file, an archive entry and a record exactly at each limit, and refuses each one step past it', async () => {
    const record = typicalRecord();
    const json = recordToJson(record);
    const padTo = (bytes: number) => new TextEncoder().encode(json.padEnd(bytes, ' '));
    const read = async (name: string, bytes: Uint8Array) => (await planImport([{ name, bytes }], unpackArchive)).problems.map((p) => p.message);
    expect(await read('r.json', padTo(MAX_FILE_BYTES))).toEqual([]);
    expect(await read('r.json', padTo(MAX_FILE_BYTES + 1))).toEqual(['The file is too large (5.00 MB): Forkpoint imports files of up to 5 MB.']);
    expect(await read('r.zip', buildZip([{ name: 'r.json', data: padTo(MAX_FILE_BYTES) }]))).toEqual([]);
    expect((await read('r.zip', buildZip([{ name: 'r.json', data: padTo(MAX_FILE_BYTES + 1) }])))[1]).toMatch(/Larger than 5 MB once unpacked/);
    const atLimit = recordOfChars(record, MAX_RECORD_CHARS);
    expect(recordChars(atLimit)).toBe(MAX_RECORD_CHARS);
    expect(await read('r.json', new TextEncoder().encode(recordToJson(atLimit)))).toEqual([]);
    expect(await read('r.json', new TextEncoder().encode(recordToJson(recordOfChars(record, MAX_RECORD_CHARS + 1))))).toEqual([expect.stringMatching(/larger than 2,000,000 characters/)]);
  }, 30_000);
});
