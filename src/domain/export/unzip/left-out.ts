import { assertNever } from '../../assert-never';
import { displayName } from '../escape';
import { fileKind, readableSize } from '../import-limits';
import type { DirectoryFault } from './zip-directory';

/** Why an archive entry is not read. Each reason is judged for that entry alone: the others are still read. */
export type LeftOut =
  | { readonly kind: 'too-large'; readonly limit: number; readonly claimed: number }
  | { readonly kind: 'over-total'; readonly limit: number }
  | { readonly kind: 'outside' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'not-a-record' }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'method'; readonly method: number }
  | { readonly kind: 'damaged'; readonly damage: EntryDamage };

export type EntryDamage = 'data-outside' | 'corrupt' | 'cut-short' | 'size-differs' | 'checksum';

/**
 * What the name alone says: a path that climbs out of the archive, a second file
 * of a name already seen, or anything but the .md and .json files Forkpoint
 * writes (its own README, hidden files, macOS resource forks, nested archives).
 * `seen` collects the names read so far. Folders are not files and return 'folder'.
 */
export function judgeName(name: string, seen: Set<string>): LeftOut | 'folder' | null {
  const path = name.replaceAll('\\', '/');
  if (path.endsWith('/')) return 'folder';
  const parts = path.split('/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || parts.includes('..')) return { kind: 'outside' };
  if (seen.has(path)) return { kind: 'duplicate' };
  seen.add(path);
  const kind = fileKind(path);
  if (path === 'README.md' || (kind !== 'markdown' && kind !== 'json') || parts.some((part) => part.startsWith('.') || part === '__MACOSX')) return { kind: 'not-a-record' };
  return null;
}

/** The reason in words, as the import preview lists it beside the entry's name. */
export function leftOutText(reason: LeftOut): string {
  switch (reason.kind) {
    case 'too-large':
      return `Larger than ${readableSize(reason.limit)} once unpacked${reason.claimed <= reason.limit ? ` (the archive says ${readableSize(reason.claimed)})` : ''}: Forkpoint reads files of up to ${readableSize(reason.limit)}.`;
    case 'over-total':
      return `Not read: the archive had already unpacked to ${readableSize(reason.limit)}, as much as Forkpoint reads from one archive.`;
    case 'outside':
      return 'A path outside the archive: Forkpoint reads only files inside it.';
    case 'duplicate':
      return 'A second file with the same name: only the first one was read.';
    case 'not-a-record':
      return 'Not a record file: Forkpoint reads the .md and .json files it exports.';
    case 'encrypted':
      return 'Encrypted: Forkpoint cannot read password-protected files.';
    case 'method':
      return `Packed with a method Forkpoint does not read (zip method ${reason.method}): re-pack the archive with ordinary compression.`;
    case 'damaged':
      return `Damaged archive: ${DAMAGE_TEXT[reason.damage]}`;
    default:
      return assertNever(reason, 'left-out reason');
  }
}

const DAMAGE_TEXT: Record<EntryDamage, string> = {
  'data-outside': 'the table of contents points to data that is not in the file.',
  corrupt: 'its packed data is corrupt.',
  'cut-short': 'its packed data ends too early.',
  'size-differs': 'it unpacks to a different size than the archive says.',
  checksum: 'its contents do not match their checksum.',
};

/** Why a whole archive could not be opened, in words. */
export function directoryFaultText(fault: DirectoryFault): string {
  switch (fault.kind) {
    case 'no-directory':
      return 'Damaged archive: its table of contents is missing, so the file is cut short or is not a zip archive.';
    case 'split':
      return 'This archive is split over several files: Forkpoint reads a zip archive in one file.';
    case 'zip64':
      return 'This archive uses the ZIP64 extension, which Forkpoint does not read: its own archives never need it.';
    case 'directory-outside':
      return 'Damaged archive: its table of contents points past the end of the file, so the file is cut short.';
    case 'directory-damaged':
      return `Damaged archive: its table of contents is broken at entry ${fault.entry}.`;
    default:
      return assertNever(fault, 'archive fault');
  }
}

/** An entry's name fit to show: controls and direction overrides removed, length bounded. */
export const entryName = (name: string): string => displayName(name, 100);
