import type { DecisionRecord } from '../record/record';
import { sameValue } from '../same-value';
import { ARCHIVE_README } from './archive';
import { recordFromJson } from './from-json';
import { readAdr } from '../adr/read-adr';
import { parsedFail, parsedOk, type ImportProblem, type Parsed } from './problems';

/** A file (or .md/.json file) larger than this is refused before it is read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** An archive may be larger: it holds a whole library, compressed. */
export const MAX_ARCHIVE_BYTES = 20 * 1024 * 1024;
const MAX_ARCHIVE_UNPACKED = 200 * 1024 * 1024;

export type FileKind = 'markdown' | 'json' | 'archive';

export function fileKind(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.zip')) return 'archive';
  return null;
}

/** Checked from `File.size` before any byte is read. Null when the file may be read. */
export function sizeProblem(name: string, size: number): ImportProblem | null {
  const kind = fileKind(name);
  if (kind === null) return { file: name, where: 'file name', message: 'Forkpoint imports .md, .json and .zip files exported by Forkpoint.' };
  const limit = kind === 'archive' ? MAX_ARCHIVE_BYTES : MAX_FILE_BYTES;
  if (size > limit) return { file: name, where: 'file size', message: `The file is too large (${megabytes(size)}): Forkpoint imports files of up to ${limit / 1024 / 1024} MB.` };
  if (size === 0) return { file: name, where: 'file size', message: 'The file is empty.' };
  return null;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What an import would bring in, and what stops it. Nothing is imported while any problem stands. */
export interface ImportPlan {
  readonly records: readonly DecisionRecord[];
  readonly problems: readonly ImportProblem[];
}

/** Reads every file (archives unpacked) and checks the records against each other. */
export async function planImport(files: readonly ImportFile[]): Promise<ImportPlan> {
  const found: { record: DecisionRecord; file: string }[] = [];
  const problems: ImportProblem[] = [];
  for (const file of files) {
    const size = sizeProblem(file.name, file.bytes.length);
    if (size) {
      problems.push(size);
      continue;
    }
    const entries = fileKind(file.name) === 'archive' ? await unpack(file, problems) : [file];
    for (const entry of entries) {
      const result = readEntry(entry);
      if (result.ok) found.push({ record: result.value, file: entry.name });
      else problems.push(...result.error);
    }
  }
  return { records: dedupe(found, problems), problems };
}

function readEntry(file: ImportFile): Parsed<DecisionRecord> {
  const text = decode(file);
  if (typeof text !== 'string') return parsedFail<DecisionRecord>(text);
  return fileKind(file.name) === 'markdown' ? recordFromAdr(text, file.name) : recordFromJson(text, file.name);
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

async function unpack(archive: ImportFile, problems: ImportProblem[]): Promise<ImportFile[]> {
  const { unzipSync } = await import('fflate');
  let total = 0;
  let refused: ImportProblem | null = null;
  try {
    const entries = unzipSync(archive.bytes, {
      filter: (info) => {
        const name = info.name;
        if (name.endsWith('/') || name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX') || name === ARCHIVE_README) return false;
        total += info.originalSize;
        if (info.originalSize > MAX_FILE_BYTES || total > MAX_ARCHIVE_UNPACKED) {
          refused ??= { file: `${archive.name} › ${name}`, where: 'file size', message: 'The archive unpacks to more than Forkpoint imports: files up to 5 MB, 200 MB in all.' };
          return false;
        }
        return true;
      },
    });
    if (refused) {
      problems.push(refused);
      return [];
    }
    const files = Object.entries(entries).map(([name, bytes]) => ({ name: `${archive.name} › ${name}`, bytes }));
    for (const file of files) {
      if (fileKind(file.name) === null || fileKind(file.name) === 'archive') problems.push({ file: file.name, where: 'file name', message: 'An archive may hold only the .md and .json files Forkpoint exports.' });
    }
    if (files.length === 0) problems.push({ file: archive.name, where: 'archive', message: 'The archive holds no decision record.' });
    return files.filter((f) => fileKind(f.name) === 'markdown' || fileKind(f.name) === 'json');
  } catch {
    problems.push({ file: archive.name, where: 'archive', message: 'This is not a readable zip archive: it may be truncated or damaged.' });
    return [];
  }
}

/** The same record may arrive twice (its .md and .json); two different records must not share an id. */
function dedupe(found: readonly { record: DecisionRecord; file: string }[], problems: ImportProblem[]): DecisionRecord[] {
  const byId = new Map<string, { record: DecisionRecord; file: string }>();
  for (const item of found) {
    const seen = byId.get(item.record.id);
    if (!seen) byId.set(item.record.id, item);
    else if (!sameValue(seen.record, item.record)) {
      problems.push({ file: item.file, where: '$.id', message: `Record "${item.record.id}" also comes from ${seen.file} with different content: two records cannot share an id.` });
    }
  }
  return [...byId.values()].map((item) => item.record);
}
