/** What a directory listing tells about one file without reading it. */
export interface FileStamp {
  /** Path inside the opened folder, with `/` between folders: `security/0003-use-vault.md`. */
  readonly path: string;
  readonly size: number;
  readonly lastModified: number;
}

/** Which files a rescan must read, which left the folder, and which it can skip. */
export interface RescanPlan {
  readonly read: readonly string[];
  readonly gone: readonly string[];
  readonly unchanged: readonly string[];
}

/**
 * Compares a new listing with the stamps of the last scan: only files that are new,
 * or whose size or last-modified time moved, are read again.
 */
export function planRescan(previous: ReadonlyMap<string, FileStamp>, listed: readonly FileStamp[]): RescanPlan {
  const read: string[] = [];
  const unchanged: string[] = [];
  const seen = new Set<string>();
  for (const stamp of listed) {
    seen.add(stamp.path);
    const old = previous.get(stamp.path);
    if (old && old.size === stamp.size && old.lastModified === stamp.lastModified) unchanged.push(stamp.path);
    else read.push(stamp.path);
  }
  const gone = [...previous.keys()].filter((path) => !seen.has(path));
  return { read, gone, unchanged };
}

const NOT_DECISIONS = /^(readme|index|template|adr-template|_template|toc)\.md$/i;

/** Markdown files that may hold a decision; READMEs, indexes and templates are left out. */
export function isDecisionFileName(name: string): boolean {
  return /\.md$/i.test(name) && !NOT_DECISIONS.test(name) && !name.startsWith('.');
}

/** The subfolder a file sits in, which the library shows as its category ('' at the top). */
export function categoryOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? '' : path.slice(0, cut);
}

export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
