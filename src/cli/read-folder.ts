import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
// The app's own limit for one file: what the app refuses to import, the check refuses to read.
import { MAX_FILE_BYTES } from '../domain/export/import-limits';

/** Files the index writes or that hold no decision: skipped when reading a folder. */
const NOT_DECISIONS = /^(readme|index)\.md$|template/i;


export type ReadFile = { readonly path: string; readonly text: string } | { readonly path: string; readonly error: string };

/**
 * Every Markdown decision file under `dir` (subfolders are categories), with paths
 * relative to `dir` using `/`. Hidden folders and node_modules are not entered;
 * symbolic links are not followed. Throws when `dir` itself cannot be read.
 */
export async function readDecisionFolder(dir: string): Promise<ReadFile[]> {
  const info = await stat(dir);
  if (!info.isDirectory()) throw new Error(`${dir} is not a folder`);
  const files: ReadFile[] = [];
  const pending = [dir];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(full);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md') && !NOT_DECISIONS.test(entry.name)) {
        files.push(await readOne(full, relative(dir, full).split(sep).join('/')));
      }
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

async function readOne(full: string, path: string): Promise<ReadFile> {
  try {
    const { size } = await stat(full);
    if (size > MAX_FILE_BYTES) return { path, error: `the file is ${size} bytes, more than the ${MAX_FILE_BYTES} a decision file may have` };
    return { path, text: await readFile(full, 'utf8') };
  } catch (error) {
    return { path, error: `cannot read the file (${error instanceof Error && 'code' in error ? String(error.code) : 'unknown error'})` };
  }
}
