import { readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
// The app's own limit for one file: what the app refuses to import, the check refuses to read.
import { MAX_FILE_BYTES } from '../domain/export/import-limits';

/** Files the index writes or that hold no decision: skipped when reading a folder. */
const NOT_DECISIONS = /^(readme|index)\.md$|template/i;

/** A decision file found in the folder: where it is on disk, and its path relative to the folder, with `/`. */
export interface ListedFile {
  readonly full: string;
  readonly path: string;
}

export type ReadFile = { readonly path: string; readonly text: string } | { readonly path: string; readonly error: string };

/**
 * Every Markdown decision file under `dir` (subfolders are categories), sorted by
 * path. Hidden folders and node_modules are not entered; symbolic links are not
 * followed. Throws when `dir` itself cannot be read.
 */
export async function listDecisionFiles(dir: string): Promise<ListedFile[]> {
  const info = await stat(dir);
  if (!info.isDirectory()) throw new Error(`${dir} is not a folder`);
  const files: ListedFile[] = [];
  // Each folder with its path relative to `dir` (`''` for `dir` itself), so a file's path is its folder's plus its name.
  const pending = [{ full: dir, path: '' }];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    const entries = await readdir(current.full, { withFileTypes: true });
    for (const entry of entries) {
      const found = { full: join(current.full, entry.name), path: current.path ? `${current.path}/${entry.name}` : entry.name };
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(found);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md') && !NOT_DECISIONS.test(entry.name)) {
        files.push(found);
      }
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * One file's text, or why it cannot be read (too large, gone, not allowed). Read
 * synchronously: the thread has nothing else to do meanwhile, and a small file read
 * this way costs a fraction of an asynchronous read's promises and thread-pool hops.
 */
export function readDecisionText({ full, path }: ListedFile): ReadFile {
  try {
    const { size } = statSync(full);
    if (size > MAX_FILE_BYTES) return { path, error: `the file is ${size} bytes, more than the ${MAX_FILE_BYTES} a decision file may have` };
    return { path, text: readFileSync(full, 'utf8') };
  } catch (error) {
    return { path, error: `cannot read the file (${error instanceof Error && 'code' in error ? String(error.code) : 'unknown error'})` };
  }
}
