import type { DecisionRecord } from '../record/record';
import { sameValue } from '../same-value';
import { recordFromJson } from './from-json';
import { readAdr } from '../adr/read-adr';
import { parsedFail, parsedOk, type ImportProblem, type Parsed } from './problems';
import { fileKind, MAX_ARCHIVE_BYTES, MAX_FILE_BYTES } from './import-limits';
import { directoryFaultText, entryName, leftOutText } from './unzip/left-out';
import type { Unpacked } from './unzip/unpack-archive';
import { displayName } from './escape';

/** Checked from `File.size` before any byte is read. Null when the file may be read. */
export function sizeProblem(name: string, size: number): ImportProblem | null {
  const kind = fileKind(name);
  if (kind === null) return { file: displayName(name), where: 'file name', message: 'Forkpoint imports .md, .json and .zip files exported by Forkpoint.' };
  const limit = kind === 'archive' ? MAX_ARCHIVE_BYTES : MAX_FILE_BYTES;
  if (size > limit) return { file: displayName(name), where: 'file size', message: `The file is too large (${megabytes(size)}): Forkpoint imports files of up to ${limit / 1024 / 1024} MB.` };
  if (size === 0) return { file: displayName(name), where: 'file size', message: 'The file is empty.' };
  return null;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * What an import would bring in, judged file by file: `records` from the files that
 * read cleanly, `problems` for every file refused and why, `leftOut` for archive
 * entries skipped with their reasons. One bad file never blocks the rest; two files
 * that disagree about one record bring in neither version.
 */
export interface ImportPlan {
  readonly records: readonly DecisionRecord[];
  readonly problems: readonly ImportProblem[];
  readonly leftOut: readonly ImportProblem[];
}

/** Unpacks an archive's bytes: `unpackArchive` itself, or the same run in a worker. */
export type Unpack = (bytes: Uint8Array) => Promise<Unpacked>;

/** Reads every file (archives unpacked by `unpack`) and checks the records against each other. */
export async function planImport(files: readonly ImportFile[], unpack: Unpack): Promise<ImportPlan> {
  const found: { record: DecisionRecord; file: string }[] = [];
  const problems: ImportProblem[] = [];
  const leftOut: ImportProblem[] = [];
  for (const file of files) {
    const size = sizeProblem(file.name, file.bytes.length);
    if (size) {
      problems.push(size);
      continue;
    }
    const name = displayName(file.name);
    const entries = fileKind(file.name) === 'archive' ? readArchive(name, await unpack(file.bytes), problems, leftOut) : [{ ...file, name, markdown: fileKind(file.name) === 'markdown' }];
    for (const entry of entries) {
      const result = readEntry(entry);
      if (result.ok) found.push({ record: result.value, file: entry.name });
      else problems.push(...result.error);
    }
  }
  return { records: dedupe(found, problems), problems, leftOut };
}

/** A file to read as a record: its name as shown (an archive's entries as `archive › entry`) and whether it is Markdown or JSON. */
interface RecordFile extends ImportFile {
  readonly markdown: boolean;
}

function readEntry(file: RecordFile): Parsed<DecisionRecord> {
  const text = decode(file);
  if (typeof text !== 'string') return parsedFail<DecisionRecord>(text);
  return file.markdown ? recordFromAdr(text, file.name) : recordFromJson(text, file.name);
}

/** An ADR file Forkpoint wrote gives its record (with the edits made to the file applied); another tool's ADR is named as such. */
function recordFromAdr(text: string, file: string): Parsed<DecisionRecord> {
  const read = readAdr(text, file);
  if (!read.ok) return parsedFail({ file, where: read.error.line === undefined ? 'file' : `line ${read.error.line}`, message: read.error.message });
  if (read.value.record) return parsedOk(read.value.record);
  return parsedFail({ file, where: 'file', message: `An ADR written by another tool (${read.value.meta.title || 'untitled'}): open its folder to see it beside your decisions; this import takes files Forkpoint wrote.` });
}

function decode(file: ImportFile): string | ImportProblem {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return { file: file.name, where: 'file', message: 'This is not UTF-8 text: it is not a Forkpoint export.' };
  }
}

/**
 * The record files an unpacked archive holds, named `archive › entry`. Entries left
 * out are listed with their reasons; when none is left to read, those reasons are
 * the import's problems (an archive that gives nothing is refused, and says why).
 */
function readArchive(archive: string, unpacked: Unpacked, problems: ImportProblem[], leftOut: ImportProblem[]): RecordFile[] {
  if (!unpacked.ok) {
    problems.push({ file: archive, where: 'archive', message: directoryFaultText(unpacked.fault) });
    return [];
  }
  const files: RecordFile[] = [];
  const reasons: ImportProblem[] = [];
  for (const entry of unpacked.entries) {
    const name = `${archive} › ${entryName(entry.name)}`;
    if (entry.kind === 'read') files.push({ name, bytes: entry.bytes, markdown: fileKind(entry.name) === 'markdown' });
    else reasons.push({ file: name, where: 'archive entry', message: leftOutText(entry.reason) });
  }
  if (files.length > 0) leftOut.push(...reasons);
  else problems.push({ file: archive, where: 'archive', message: 'The archive holds no decision record Forkpoint can read.' }, ...reasons);
  return files;
}

/** The same record may arrive twice (its .md and .json); two different records must not share an id. */
function dedupe(found: readonly { record: DecisionRecord; file: string }[], problems: ImportProblem[]): DecisionRecord[] {
  const byId = new Map<string, { record: DecisionRecord; file: string }>();
  const collided = new Set<string>();
  for (const item of found) {
    const seen = byId.get(item.record.id);
    if (!seen) byId.set(item.record.id, item);
    else if (!sameValue(seen.record, item.record)) {
      problems.push({ file: item.file, where: '$.id', message: `Record "${item.record.id}" also comes from ${seen.file} with different content: two records cannot share an id.` });
      collided.add(item.record.id);
    }
  }
  return [...byId.values()].filter((item) => !collided.has(item.record.id)).map((item) => item.record);
}
