/**
 * A generator of hostile import files (issues 7 and 11): malformed, truncated, oversized,
 * wrong-version, type-confused, unknown-key, prototype-key, duplicate-key and
 * duplicate-id files, in JSON, Markdown and zip, and zips that lie (sizes and
 * checksums their data does not have, a damaged or missing table of contents,
 * names that climb out, repeat or are `__proto__`). Each comes with what the
 * refusal must say (among its problems and the archive entries it lists as left
 * out). Built on the valid-record arbitraries, so the breakage is the only thing
 * wrong with the file.
 */
import fc from 'fast-check';
import type { DecisionRecord } from '../../record/record';
import { RECORD_FORMAT_VERSION } from '../../record/format';
import type { ImportFile } from '../import-plan';
import { MAX_ARCHIVE_BYTES, MAX_FILE_BYTES } from '../import-limits';
import { MAX_RECORD_CHARS, MAX_RECORD_NESTING } from '../../record/readable';
import { currentRevision } from '../../record/record';
import { recordToJson } from '../to-json';
import { writeAdr } from '../../adr/write-adr';
import { recordArb } from './record-arbitrary';
import { buildZip, directoryOffset, type RawEntry } from './zip-builder';

export interface HostileCase {
  readonly kind: string;
  /** What the refusal must say. */
  readonly expected: RegExp;
  readonly build: () => Promise<readonly ImportFile[]>;
}

const encoder = new TextEncoder();
const file = (name: string, text: string): ImportFile => ({ name, bytes: encoder.encode(text) });
const json = (record: unknown) => JSON.stringify(record, null, 2);

/** Paths into a record and a value of the wrong type for each. */
const CONFUSIONS: readonly (readonly [readonly (string | number)[], unknown])[] = [
  [['id'], 42],
  [['id'], ''],
  [['saveCount'], '3'],
  [['saveCount'], -1],
  [['number'], 'seven'],
  [['number'], 1.5],
  [['tags'], 'one,two'],
  [['status'], 'approved'],
  [['statusHistory'], {}],
  [['revisions'], []],
  [['revisions'], null],
  [['createdAt'], 'yesterday'],
  [['revisions', 0, 'number'], 0],
  [['revisions', 0, 'savedAt'], 12],
  [['revisions', 0, 'session'], 'session'],
  [['revisions', 0, 'session', 'framing', 'componentName'], ''],
  [['revisions', 0, 'session', 'framing', 'componentName'], ['name']],
  [['revisions', 0, 'session', 'framing', 'capacity', 'engineers'], 'ten'],
  [['revisions', 0, 'session', 'framing', 'capacity', 'spareEngineers'], -2],
  [['revisions', 0, 'session', 'framing', 'profile'], 'huge'],
  [['revisions', 0, 'session', 'framing', 'candidates'], {}],
  [['revisions', 0, 'session', 'framing', 'date'], '22/11/2026'],
  [['revisions', 0, 'session', 'answers'], []],
  [['revisions', 0, 'session', 'step'], 'node-6'],
  [['revisions', 0, 'session', 'adopted'], { kind: 'vendor' }],
];

/** Every id-typed field a record has whatever was generated, and ids outside the format. */
const ID_PATHS: readonly (readonly (string | number)[])[] = [['id'], ['supersedes'], ['supersededBy'], ['revisions', 0, 'session', 'id']];
const BAD_IDS = ['has space', 'x`\n\n<b>y</b>', 'é', 'a'.repeat(65), 'rec/../x', '\u0000'] as const;

function setPath(target: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(target) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

/** Object paths of a record, for adding a key where none belongs. */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

function addKey(record: DecisionRecord, pick: number, key: string, value: unknown): string {
  const paths = objectPaths(record);
  const path = paths[pick % paths.length] ?? [];
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const k of path) node = node[k] as Record<string | number, unknown>;
  node[key] = value;
  return json(copy);
}


const now = (kind: string, expected: RegExp, files: readonly ImportFile[]): HostileCase => ({ kind, expected, build: () => Promise.resolve(files) });
// Built only when the case runs: a 5 MB buffer per generated record would dominate the run.
const oversized = (kind: string, name: string): HostileCase => ({
  kind,
  expected: /too large .*up to 5 MB/,
  build: () => Promise.resolve([{ name, bytes: new Uint8Array(MAX_FILE_BYTES + 1) }]),
});

const jsonCases = (record: DecisionRecord, pick: number): fc.Arbitrary<HostileCase> => {
  const text = recordToJson(record);
  return fc.oneof(
    fc.integer({ min: 0, max: text.length - 2 }).map((k) => now('truncated json', /truncated|not valid JSON|empty/, [file('r.json', text.slice(0, k))])),
    fc.constantFrom(0, RECORD_FORMAT_VERSION + 1, 99, '1', null, undefined).map((v) => now('wrong version', /format version/i, [file('r.json', json({ ...record, formatVersion: v }))])),
    fc.constantFrom(...CONFUSIONS).map(([path, value]) => now('type-confused', /./, [file('r.json', json(setPath(record, path, value)))])),
    fc.constantFrom('extra', 'isAdmin', 'x-forkpoint', '$schema').map((key) => now('unknown key', /Unknown key|Invalid/, [file('r.json', addKey(record, pick, key, 1))])),
    fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => now('prototype key', /is not allowed/, [file('r.json', text.replace('{', `{\n  "${key}": { "polluted": true },`))])),
    fc.constant(now('duplicate key', /appears twice/, [file('r.json', text.replace('{', '{\n  "status": "accepted",'))])),
    fc.constantFrom('[]', '42', '"record"', 'null', 'true', '{}', '[{"formatVersion":1}]').map((t) => now('not a record', /Expected a decision record|format version/i, [file('r.json', t)])),
    fc.constant(oversized('oversized json', 'big.json')),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => now('binary', /UTF-8/, [{ name: 'r.json', bytes: Uint8Array.of(0xff, 0xfe, ...bytes) }])),
    fc.constant(now('duplicate id', /share an id/, [file('a.json', text), file('b.json', json({ ...record, saveCount: record.saveCount + 1 }))])),
  );
};

type Mutation = { readonly kind: string; readonly expected: RegExp; readonly mutate: (md: string, record: DecisionRecord) => string };

const VERSION_LINE = `"formatVersion": ${RECORD_FORMAT_VERSION}`;

const MARKDOWN_MUTATIONS: readonly Mutation[] = [
  { kind: 'broken yaml', expected: /not valid YAML/, mutate: (md) => md.replace('\ndate:', '\ndate: [unclosed\ndate:') },
  { kind: 'duplicate yaml key', expected: /not valid YAML/, mutate: (md) => md.replace('\ndate:', '\nstatus: draft\ndate:') },
  { kind: 'yaml alias', expected: /aliases/, mutate: (md) => md.replace('\ndate:', '\nx: &a [1]\ny: *a\ndate:') },
  { kind: 'wrong version in markdown', expected: /newer Forkpoint/, mutate: (md) => md.replace(VERSION_LINE, `"formatVersion": ${RECORD_FORMAT_VERSION + 1}`) },
  { kind: 'unknown key in markdown', expected: /Unknown key "owner"/, mutate: (md) => md.replace(`${VERSION_LINE},`, `${VERSION_LINE},\n  "owner": "mallory",`) },
  { kind: 'prototype key in markdown', expected: /"__proto__" is not allowed/, mutate: (md) => md.replace(`${VERSION_LINE},`, `${VERSION_LINE},\n  "__proto__": {"isAdmin": true},`) },
  { kind: 'data block removed', expected: /data block at its end is missing/, mutate: (md) => md.slice(0, md.indexOf('\n<!-- forkpoint-record v')) },
  { kind: 'data block unclosed', expected: /never closed/, mutate: (md) => md.slice(0, md.lastIndexOf('-->')) },
  { kind: 'id changed in the front matter', expected: /names record "rec_other"/, mutate: (md, r) => md.replace(`id: ${r.id}`, 'id: rec_other') },
  { kind: 'another tool’s ADR', expected: /written by another tool/, mutate: () => '# Some ADR\n\nChosen option: "x"\n' },
  { kind: 'another tool’s front matter', expected: /written by another tool/, mutate: () => '---\nstatus: accepted\ndate: 2024-01-01\n---\n# ADR\n' },
  { kind: 'not an ADR', expected: /No title/, mutate: () => 'just some notes\n' },
];

const truncatedMarkdown = (record: DecisionRecord, share: number): HostileCase => ({
  kind: 'truncated markdown',
  expected: /truncated|missing|never closed|No title/,
  build: () => {
    const md = writeAdr(record, 'madr');
    return Promise.resolve([file('r.md', md.slice(0, Math.max(1, Math.floor(md.lastIndexOf('-->') * share))))]);
  },
});

const markdownCases = (record: DecisionRecord): fc.Arbitrary<HostileCase> =>
  fc.oneof(
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map((share) => truncatedMarkdown(record, share)),
    fc.constantFrom(...MARKDOWN_MUTATIONS).map(({ kind, expected, mutate }) => ({
      kind,
      expected,
      build: () => Promise.resolve([file('r.md', mutate(writeAdr(record, 'madr'), record))]),
    })),
    fc.constant(oversized('oversized markdown', 'big.md')),
  );


/** Records in a zip whose entries or table of contents lie. The valid record makes sure only the lie is wrong. */
export type ZipLie = { readonly kind: string; readonly expected: RegExp; readonly zip: (json: Uint8Array) => Uint8Array };

const patch = (zip: Uint8Array, at: number, ...values: number[]) => {
  const copy = zip.slice();
  values.forEach((value, i) => (copy[at + i] = value));
  return copy;
};

// Built once, when first needed: deflating 5 MB of zeros for every generated case would dominate the run.
let bomb: Uint8Array | undefined;
const sizeLie = () => (bomb ??= buildZip([{ name: '0001-bomb.json', data: new Uint8Array(MAX_FILE_BYTES + 1024), claimedSize: 1024 }]));

const entry = (name: string, data: Uint8Array, lie: Omit<RawEntry, 'name' | 'data'> = {}): RawEntry => ({ name, data, ...lie });

export const ZIP_LIES: readonly ZipLie[] = [
  { kind: 'zip claims a small size and unpacks past the cap', expected: /Larger than 5 MB once unpacked \(the archive says 1 KB\)/, zip: () => sizeLie() },
  { kind: 'zip claims a size over the cap', expected: /Larger than 5 MB once unpacked:/, zip: (json) => buildZip([entry('0001-a.json', json, { claimedSize: MAX_FILE_BYTES + 1 })]) },
  { kind: 'zip claims another size than it unpacks to', expected: /unpacks to a different size/, zip: (json) => buildZip([entry('0001-a.json', json, { claimedSize: json.length - 1 })]) },
  { kind: 'zip checksum does not match', expected: /do not match their checksum/, zip: (json) => buildZip([entry('0001-a.json', json, { crc: 0xdeadbeef })]) },
  { kind: 'zip table of contents damaged', expected: /table of contents is broken at entry 1/, zip: (json) => { const zip = buildZip([entry('0001-a.json', json)]); return patch(zip, directoryOffset(zip), 0x50, 0x4b, 0x09, 0x09); } },
  { kind: 'zip table of contents out of the file', expected: /points past the end of the file/, zip: (json) => { const zip = buildZip([entry('0001-a.json', json)]); return patch(zip, zip.length - 6, 0xff, 0xff, 0xff, 0x00); } },
  { kind: 'zip table of contents missing', expected: /table of contents is missing/, zip: (json) => { const zip = buildZip([entry('0001-a.json', json)]); return zip.subarray(0, zip.length - 10); } },
  { kind: 'zip data outside the file', expected: /points to data that is not in the file/, zip: (json) => { const zip = buildZip([entry('0001-a.json', json)]); return patch(zip, directoryOffset(zip) + 42, 0x99, 0x99); } },
  { kind: 'zip name climbs out', expected: /a path outside the archive/i, zip: (json) => buildZip([entry('../0001-a.json', json)]) },
  { kind: 'zip absolute name', expected: /a path outside the archive/i, zip: (json) => buildZip([entry('/tmp/0001-a.json', json)]) },
  { kind: 'zip name repeated', expected: /a second file with the same name/i, zip: (json) => buildZip([entry('0001-a.json', new TextEncoder().encode('{')), entry('0001-a.json', json)]) },
  { kind: 'zip __proto__ name', expected: /Not a record file/, zip: (json) => buildZip([entry('__proto__', json)]) },
  { kind: 'zip control characters in a name', expected: /› evil\.txt — (archive entry: )?Not a record file/, zip: (json) => buildZip([entry('\u0000\u202Eevil\u0007.txt', json)]) },
  { kind: 'zip encrypted entry', expected: /password-protected/, zip: (json) => buildZip([entry('0001-a.json', json, { flags: 0x801 })]) },
  { kind: 'zip unknown method', expected: /zip method 99/, zip: (json) => buildZip([entry('0001-a.json', json, { method: 99 })]) },
  { kind: 'zip holds a zip', expected: /Not a record file/, zip: (json) => buildZip([entry('inner.zip', buildZip([entry('0001-a.json', json)]))]) },
];

const zipCases = (record: DecisionRecord): fc.Arbitrary<HostileCase> =>
  fc.oneof(
    fc.constantFrom(...ZIP_LIES).map(({ kind, expected, zip }) => ({
      kind,
      expected,
      build: () => Promise.resolve([{ name: 'library.zip', bytes: zip(encoder.encode(recordToJson(record))) }]),
    })),
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map((share) => ({
      kind: 'zip cut short',
      expected: /Damaged archive/,
      build: () => {
        const zip = buildZip([entry('0001-a.json', encoder.encode(recordToJson(record)))]);
        return Promise.resolve([{ name: 'library.zip', bytes: zip.subarray(0, Math.max(1, Math.floor(zip.length * share))) }]);
      },
    })),
  );

/** `[[[…]]]` nested `depth` levels: past the limit, no recursive parser or walker may meet it. */
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Characters the record check counts: every key and string (see `scanKeys`). */
export function recordChars(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + recordChars(item), 0);
  if (typeof value === 'object' && value !== null) return Object.entries(value).reduce((sum, [key, item]) => sum + key.length + recordChars(item), 0);
  return 0;
}

/** `record` with its description padded so the record counts exactly `chars` characters. */
export function recordOfChars(record: DecisionRecord, chars: number): DecisionRecord {
  const revision = currentRevision(record);
  const framing = revision.session.framing;
  const padded = (description: string) => ({ ...record, revisions: [...record.revisions.slice(0, -1), { ...revision, session: { ...revision.session, framing: { ...framing, description } } }] });
  const base = recordChars(padded(''));
  return padded('x'.repeat(Math.max(0, chars - base)));
}

/** Limits, nesting and sizes: each case one step past a limit the reader keeps (the tests show the step before is accepted). */
const limitCases = (record: DecisionRecord): fc.Arbitrary<HostileCase> => {
  const text = recordToJson(record);
  return fc.oneof(
    fc.constantFrom(MAX_RECORD_NESTING + 1, 1_000, 100_000).map((depth) =>
      now('nested json', /nests more than 40 levels/, [file('r.json', text.replace('{', `{\n  "nested": ${nested(depth)},`))]),
    ),
    fc.constantFrom(MAX_RECORD_NESTING + 1, 1_000, 100_000).map((depth) => ({
      kind: 'nested json in markdown',
      expected: /nests more than 40 levels/,
      build: () => Promise.resolve([file('r.md', writeAdr(record, 'madr').replace(`${VERSION_LINE},`, `${VERSION_LINE},\n  "nested": ${nested(depth)},`))]),
    })),
    fc.constantFrom(MAX_RECORD_NESTING + 1, 1_000, 100_000).map((depth) => ({
      kind: 'nested yaml front matter',
      expected: /front matter nests more than 40 levels/,
      build: () => Promise.resolve([file('r.md', writeAdr(record, 'madr').replace('\ndate:', `\nx: ${nested(depth)}\ndate:`))]),
    })),
    fc.constant<HostileCase>({
      kind: 'record past the size limit',
      expected: /larger than 2,000,000 characters/,
      build: () => Promise.resolve([file('r.json', recordToJson(recordOfChars(record, MAX_RECORD_CHARS + 1)))]),
    }),
    fc.constant<HostileCase>({
      kind: 'oversized zip',
      expected: /too large .*up to 20 MB/,
      build: () => Promise.resolve([{ name: 'library.zip', bytes: new Uint8Array(MAX_ARCHIVE_BYTES + 1) }]),
    }),
  );
};

/** An id outside the format (issue 11) in each id field; each one is also checked by name, since a random run may miss one. */
export function idCases(record: DecisionRecord): readonly HostileCase[] {
  return ID_PATHS.flatMap((path) =>
    BAD_IDS.map((id) => now(`id outside the format at ${path.join('.')}: ${JSON.stringify(id).slice(0, 20)}`, /An id is 1 to 64 letters/, [file('r.json', json(setPath(record, path, id)))])),
  );
}

/** One hostile import: a broken JSON, Markdown or zip file, a zip that lies, a file past a limit, an id outside the format, or a pair that collides. */
export const hostileCaseArb: fc.Arbitrary<HostileCase> = fc.tuple(recordArb, fc.nat()).chain(([record, pick]) =>
  fc.oneof(
    jsonCases(record, pick),
    markdownCases(record),
    zipCases(record),
    limitCases(record),
    fc.constantFrom(...idCases(record)),
    fc.constantFrom(
      now('wrong file type', /imports \.md, \.json and \.zip/, [file('r.exe', 'MZ')]),
      now('empty file', /empty/, [file('r.json', '')]),
      now('damaged archive', /Damaged archive: its table of contents is missing/, [file('library.zip', 'PK\u0003\u0004 not really a zip')]),
    ),
  ),
);
