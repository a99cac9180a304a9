import { writtenAs, type AdrFormat, type FileNameConvention, type WriteFormat } from './adr-file';

/** `0007-title.md` (the number is the first group) and `20261203-title.md`. */
const NUMBERED_NAME = /^(\d{1,7})-.+\.md$/i;
const DATED_NAME = /^(19|20)\d{6}-.+\.md$/i;
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export interface FolderConvention {
  readonly naming: FileNameConvention;
  readonly format: WriteFormat;
  /** One above the highest `NNNN-` number present: numbers are never reused. */
  readonly nextNumber: number;
  /** Why: of `files` decision files, how many are in that layout and how many named that way (0 when it is the default). */
  readonly evidence: { readonly files: number; readonly layout: number; readonly naming: number };
}

/**
 * The convention of a folder's files from their names and their layouts as already
 * read (null for a file in none): names decide the naming, layouts by majority the
 * layout (MADR 4 and `NNNN-` when there is nothing to go by). No YAML reader here:
 * the folder panel uses it.
 */
export function conventionOf(fileNames: readonly string[], layouts: readonly (AdrFormat | null)[]): FolderConvention {
  const names = fileNames.map(baseName);
  const dated = names.filter((n) => DATED_NAME.test(n)).length;
  const numbers = names.filter((n) => !DATED_NAME.test(n)).map((n) => Number(n.match(NUMBERED_NAME)?.[1] ?? 0));
  const numbered = numbers.filter((n) => n > 0).length;
  const naming: FileNameConvention = dated > numbered ? 'YYYYMMDD' : 'NNNN';
  const counts: Record<WriteFormat, number> = { madr: 0, log4brains: 0, 'adr-tools': 0 };
  for (const layout of layouts) if (layout) counts[writtenAs(layout)] += 1;
  const byCount = (Object.keys(counts) as WriteFormat[]).sort((a, b) => counts[b] - counts[a]);
  const top = byCount[0] ?? 'madr';
  const format: WriteFormat = counts[top] > 0 ? top : naming === 'YYYYMMDD' ? 'log4brains' : 'madr';
  return {
    naming,
    format,
    nextNumber: Math.max(0, ...numbers) + 1,
    evidence: { files: names.length, layout: counts[format], naming: naming === 'YYYYMMDD' ? dated : numbered },
  };
}
