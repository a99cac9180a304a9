import { describe, expect, it } from 'vitest';
import type { DecisionRecord, RecordId } from '../record/record';
import { checkAgainstLibrary } from './against-library';
import { archiveName, buildArchive } from './archive';
import { assignNumber, kebab, MAX_ASSIGNED_NUMBER, recordBaseName } from './file-name';
import { planImport as planWith, sizeProblem, type ImportFile } from './import-plan';
import { unpackArchive } from './unzip/unpack-archive';
import { buildZip } from './testing/zip-builder';
import { typicalRecord } from './testing/typical-record';
import { recordToJson } from './to-json';
import { writeAdr } from '../adr/write-adr';

const encode = (text: string) => new TextEncoder().encode(text);
/** The import as the app runs it, with the archive unpacker the worker runs. */
const planImport = (files: readonly ImportFile[]) => planWith(files, unpackArchive);
const numbered = (n: number, id = `rec_${n}`): DecisionRecord => ({ ...typicalRecord(), id: id as RecordId, number: n });

describe('file names and numbers', () => {
  it('names a file NNNN-kebab-title', () => {
    expect(recordBaseName(numbered(7))).toBe('0007-vector-store-for-product-search');
    expect(kebab('Façade — “Search” v2!')).toBe('facade-search-v2');
    expect(kebab('---')).toBe('decision');
  });

  it('never hands out a number in use or handed out before', () => {
    expect(assignNumber([])).toBe(1);
    expect(assignNumber([3, null, 1])).toBe(4);
    expect(assignNumber([3], 9)).toBe(10);
  });

  it('never counts from a number beyond the range it hands out, so none runs past the safe integers', () => {
    expect(assignNumber([Number.MAX_SAFE_INTEGER, 4], Number.MAX_SAFE_INTEGER)).toBe(5);
    expect(assignNumber([MAX_ASSIGNED_NUMBER - 1])).toBe(MAX_ASSIGNED_NUMBER);
    const check = checkAgainstLibrary([numbered(Number.MAX_SAFE_INTEGER, 'rec_big')], [numbered(2)]);
    expect(check.renumbered).toEqual([{ id: 'rec_big', from: Number.MAX_SAFE_INTEGER, to: 3 }]);
  });
});

describe('import plan', () => {
  it('reads a whole-library archive back into the same records', async () => {
    const records = [numbered(1), numbered(2)];
    const zip = await buildArchive(records);
    const plan = await planImport([{ name: archiveName('2026-11-22'), bytes: zip }]);
    expect(plan.problems).toEqual([]);
    expect(plan.records).toEqual(records);
  });

  it('takes a record’s Markdown and JSON as one record', async () => {
    const record = numbered(4);
    const plan = await planImport([
      { name: 'a.md', bytes: encode(writeAdr(record, 'madr')) },
      { name: 'a.json', bytes: encode(recordToJson(record)) },
    ]);
    expect(plan).toEqual({ records: [record], problems: [], leftOut: [] });
  });

  it('reads a one-record archive, and refuses one holding other files or nothing, saying why for each file', async () => {
    const one = await planImport([{ name: 'one.zip', bytes: await buildArchive([numbered(3)]) }]);
    expect(one.records).toEqual([numbered(3)]);
    expect(one.leftOut.map((p) => [p.file, p.message])).toEqual([['one.zip › README.md', 'Not a record file: Forkpoint reads the .md and .json files it exports.']]);
    const { zipSync } = await import('fflate');
    const odd = await planImport([{ name: 'odd.zip', bytes: zipSync({ 'notes.txt': encode('hello'), '.hidden': encode('x'), 'README.md': encode('# hi') }) }]);
    expect(odd.problems.map((p) => [p.file, p.message])).toEqual([
      ['odd.zip', 'The archive holds no decision record Forkpoint can read.'],
      ['odd.zip › notes.txt', 'Not a record file: Forkpoint reads the .md and .json files it exports.'],
      ['odd.zip › .hidden', 'Not a record file: Forkpoint reads the .md and .json files it exports.'],
      ['odd.zip › README.md', 'Not a record file: Forkpoint reads the .md and .json files it exports.'],
    ]);
    const empty = await planImport([{ name: 'empty.zip', bytes: zipSync({}) }]);
    expect(empty.problems.map((p) => p.message)).toEqual(['The archive holds no decision record Forkpoint can read.']);
  });

  it('reads the good entries of an archive and lists each one left out by its cleaned name and reason', async () => {
    const json = encode(recordToJson(numbered(6)));
    const zip = buildZip([
      { name: '0006-good.json', data: json },
      { name: '../0006-evil.json', data: json },
      { name: '0006-good.json', data: encode('{}') },
      { name: '__proto__', data: encode('{}') },
      { name: `bad\u0000\u202Ename${'x'.repeat(300)}.json`, data: new Uint8Array(6 * 1024 * 1024), claimedSize: 10 },
    ]);
    const plan = await planImport([{ name: 'lib\u0007.zip', bytes: zip }]);
    expect(plan.problems).toEqual([]);
    expect(plan.records).toEqual([numbered(6)]);
    expect(plan.leftOut.map((p) => `${p.file} — ${p.message}`)).toEqual([
      'lib.zip › ../0006-evil.json — A path outside the archive: Forkpoint reads only files inside it.',
      'lib.zip › 0006-good.json — A second file with the same name: only the first one was read.',
      'lib.zip › __proto__ — Not a record file: Forkpoint reads the .md and .json files it exports.',
      `lib.zip › badname${'x'.repeat(80)}…xxxxxxx.json — Larger than 5 MB once unpacked (the archive says 10 bytes): Forkpoint reads files of up to 5 MB.`,
    ]);
  });

  it('refuses a damaged archive with what is damaged, under the archive’s own name', async () => {
    const plan = await planImport([{ name: 'cut.zip', bytes: (await buildArchive([numbered(1)])).subarray(0, 200) }]);
    expect(plan.problems).toEqual([{ file: 'cut.zip', where: 'archive', message: 'Damaged archive: its table of contents is missing, so the file is cut short or is not a zip archive.' }]);
  });

  it('refuses an archive that unpacks to a file over 5 MB, before unpacking it', async () => {
    const { zipSync } = await import('fflate');
    const bomb = zipSync({ '0001-big.json': new Uint8Array(5 * 1024 * 1024 + 1) });
    const plan = await planImport([{ name: 'bomb.zip', bytes: bomb }]);
    expect(plan.problems.map((p) => [p.file, p.message])).toEqual([
      ['bomb.zip', 'The archive holds no decision record Forkpoint can read.'],
      ['bomb.zip › 0001-big.json', 'Larger than 5 MB once unpacked: Forkpoint reads files of up to 5 MB.'],
    ]);
  });

  it('reads Markdown saved with Windows line endings and a byte-order mark', async () => {
    const record = numbered(5);
    const text = `\uFEFF${(writeAdr(record, 'madr')).replaceAll('\n', '\r\n')}`;
    expect(await planImport([{ name: 'win.md', bytes: encode(text) }])).toEqual({ records: [record], problems: [], leftOut: [] });
  });

  it('names an unnumbered record 0000 until it gets its number', () => {
    expect(recordBaseName({ ...typicalRecord(), number: null })).toBe('0000-vector-store-for-product-search');
  });

  it('checks the size before reading', () => {
    expect(sizeProblem('a.json', 6 * 1024 * 1024)?.message).toMatch(/too large \(6\.00 MB\): Forkpoint imports files of up to 5 MB/);
    expect(sizeProblem('a.zip', 6 * 1024 * 1024)).toBeNull();
    expect(sizeProblem('a.json', 10)).toBeNull();
  });
});

describe('against the library', () => {
  it('adds new records, skips identical ones and refuses a different record under a known id', () => {
    const mine = numbered(1);
    const changed = { ...mine, tags: ['edited since'] };
    const check = checkAgainstLibrary([mine, changed, numbered(5, 'rec_new')], [mine]);
    expect(check.alreadyThere).toEqual([mine]);
    expect(check.toAdd.map((r) => r.id)).toEqual(['rec_new']);
    expect(check.problems[0]?.message).toMatch(/already holds a different version/);
  });

  it('knows a restored backup by its content: a different save counter or number is bookkeeping, not a different version', () => {
    const stored = { ...numbered(1), saveCount: 1 };
    const backup = { ...numbered(1), saveCount: 7, number: 12 };
    const check = checkAgainstLibrary([backup], [stored]);
    expect(check.problems).toEqual([]);
    expect(check.alreadyThere).toEqual([backup]);
    expect(check.toAdd).toEqual([]);
  });

  it('gives an imported record a fresh number when its number is taken', () => {
    const check = checkAgainstLibrary([numbered(1, 'rec_theirs'), numbered(2, 'rec_other')], [numbered(1, 'rec_mine')], 3);
    expect(check.toAdd.map((r) => [r.id, r.number])).toEqual([['rec_theirs', 4], ['rec_other', 2]]);
    expect(check.renumbered).toEqual([{ id: 'rec_theirs', from: 1, to: 4 }]);
  });
});
