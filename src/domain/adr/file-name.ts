import { kebab } from '../export/file-name';
import { currentRevision, type DecisionRecord } from '../record/record';
import type { WriteFormat } from './adr-file';
import { readFrontMatter } from './front-matter';
import { readLayout } from './read-layout';

/** How a folder names its files: MADR and adr-tools `0007-title.md`, log4brains `20261203-title.md`. */
export type FileNameConvention = 'NNNN' | 'YYYYMMDD';

export interface AdrNameParts {
  readonly number: number | null;
  readonly title: string;
  /** YYYY-MM-DD, for the `YYYYMMDD` convention. */
  readonly date: string;
}

const NNNN = /^(\d{1,7})-.+\.md$/i;
const YYYYMMDD = /^(19|20)\d{6}-.+\.md$/i;
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** A record's parts for its file name: its number, component name and creation day. */
export function nameParts(record: DecisionRecord): AdrNameParts {
  return { number: record.number, title: currentRevision(record).session.framing.componentName, date: record.createdAt.slice(0, 10) };
}

/** `0007-vector-store.md` or `20261203-vector-store.md`. A record without a number gets `0000`. */
export function adrFileName(subject: DecisionRecord | AdrNameParts, convention: FileNameConvention): string {
  const parts = 'revisions' in subject ? nameParts(subject) : subject;
  const prefix = convention === 'NNNN' ? String(parts.number ?? 0).padStart(4, '0') : parts.date.replaceAll('-', '');
  return `${prefix}-${kebab(parts.title)}.md`;
}

export interface FolderConvention {
  readonly naming: FileNameConvention;
  readonly format: WriteFormat;
  /** One above the highest `NNNN-` number present: numbers are never reused. */
  readonly nextNumber: number;
}

/**
 * The convention of the files already in a folder (MADR 4 and `NNNN-` when it is
 * empty): names decide the naming; the texts, when given, decide the layout by majority.
 */
export function detectFolderConvention(fileNames: readonly string[], texts?: readonly string[]): FolderConvention {
  const names = fileNames.map(baseName);
  const dated = names.filter((n) => YYYYMMDD.test(n)).length;
  const numbers = names.filter((n) => !YYYYMMDD.test(n)).map((n) => Number(n.match(NNNN)?.[1] ?? 0));
  const naming: FileNameConvention = dated > numbers.filter((n) => n > 0).length ? 'YYYYMMDD' : 'NNNN';
  const counts: Record<WriteFormat, number> = { madr: 0, log4brains: 0, 'adr-tools': 0 };
  (texts ?? []).forEach((text, i) => {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const front = readFrontMatter(lines);
    const layout = front.ok ? readLayout(lines, front.value.bodyStart, front.value.values, fileNames[i] ?? '') : null;
    if (layout?.ok) counts[layout.value.format === 'madr-2' ? 'madr' : layout.value.format] += 1;
  });
  const byCount = (Object.keys(counts) as WriteFormat[]).sort((a, b) => counts[b] - counts[a]);
  const top = byCount[0] ?? 'madr';
  const format: WriteFormat = counts[top] > 0 ? top : naming === 'YYYYMMDD' ? 'log4brains' : 'madr';
  return { naming, format, nextNumber: Math.max(0, ...numbers) + 1 };
}
