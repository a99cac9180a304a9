/** A file (or .md/.json file) larger than this is refused before it is read; an archive entry that unpacks past it is left out. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** An archive may be larger: it holds a whole library, compressed. */
export const MAX_ARCHIVE_BYTES = 20 * 1024 * 1024;
/** What one archive may unpack to in all, counted in bytes actually produced (a zip's own size fields may lie). */
export const MAX_ARCHIVE_UNPACKED = 200 * 1024 * 1024;

export type FileKind = 'markdown' | 'json' | 'archive';

export function fileKind(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.zip')) return 'archive';
  return null;
}

/** `5 MB`, `1.2 KB`, `12 bytes`: a size as people read it. */
export function readableSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} KB`;
  return `${trim(bytes / 1024 / 1024)} MB`;
}

const trim = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 1 : 0));
