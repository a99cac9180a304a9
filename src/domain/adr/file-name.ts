import { kebab } from '../export/file-name';
import { currentRevision, type DecisionRecord } from '../record/record';
import type { FileNameConvention } from './adr-file';
import { conventionOf, type FolderConvention } from './folder-convention';
import { readFrontMatter } from './front-matter';
import { readLayout } from './read-layout';

export type { FileNameConvention, FolderConvention };

export interface AdrNameParts {
  readonly number: number | null;
  readonly title: string;
  /** YYYY-MM-DD, for the `YYYYMMDD` convention. */
  readonly date: string;
}


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

/**
 * The convention of the files already in a folder (MADR 4 and `NNNN-` when it is
 * empty): names decide the naming; the texts, when given, decide the layout by majority.
 */
export function detectFolderConvention(fileNames: readonly string[], texts?: readonly string[]): FolderConvention {
  const layouts = (texts ?? []).map((text, i) => {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const front = readFrontMatter(lines);
    const layout = front.ok ? readLayout(lines, front.value.bodyStart, front.value.values, fileNames[i] ?? '') : null;
    return layout?.ok ? layout.value.format : null;
  });
  return conventionOf(fileNames, layouts);
}
