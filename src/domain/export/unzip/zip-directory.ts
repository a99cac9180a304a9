/**
 * Reads a zip archive's table of contents (its central directory, APPNOTE.TXT
 * 4.3.12–4.3.16) without trusting it: every offset is checked against the file
 * before it is followed, and each entry's data is located through its own local
 * header. Nothing is inflated here.
 */

/** One file the table of contents lists. Sizes are the archive's claims, not facts. */
export interface ZipEntry {
  /** The name as stored, decoded as UTF-8 (bytes that are not become U+FFFD). */
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly crc32: number;
  readonly packedSize: number;
  readonly claimedSize: number;
  /** Where the entry's local header starts. */
  readonly headerOffset: number;
}

/** Why the table of contents cannot be read at all. */
export type DirectoryFault =
  | { readonly kind: 'no-directory' }
  | { readonly kind: 'split' }
  | { readonly kind: 'zip64' }
  | { readonly kind: 'directory-outside' }
  | { readonly kind: 'directory-damaged'; readonly entry: number };

export type Directory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[]; /** where the table starts: entry data must end before it */ readonly start: number }
  | { readonly ok: false; readonly fault: DirectoryFault };

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const END_SIZE = 22;
const ENTRY_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const fail = (fault: DirectoryFault): Directory => ({ ok: false, fault });
const names = new TextDecoder('utf-8');

/** Finds the end-of-directory record: the last signature whose comment length reaches the file's end exactly. */
function findEnd(bytes: Uint8Array): number {
  const last = bytes.length - END_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (u32(bytes, at) === END_SIGNATURE && at + END_SIZE + u16(bytes, at + 20) === bytes.length) return at;
  }
  return -1;
}

/** The archive's table of contents, or why it cannot be read. */
export function readDirectory(bytes: Uint8Array): Directory {
  const end = findEnd(bytes);
  if (end < 0) return fail({ kind: 'no-directory' });
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0 || u16(bytes, end + 8) !== u16(bytes, end + 10)) return fail({ kind: 'split' });
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const start = u32(bytes, end + 16);
  if (count === 0xffff || start === 0xffffffff || (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR_SIGNATURE)) return fail({ kind: 'zip64' });
  if (start + size > end) return fail({ kind: 'directory-outside' });
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i += 1) {
    if (at + ENTRY_SIZE > start + size || u32(bytes, at) !== ENTRY_SIGNATURE) return fail({ kind: 'directory-damaged', entry: i + 1 });
    const nameLength = u16(bytes, at + 28);
    const next = at + ENTRY_SIZE + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > start + size) return fail({ kind: 'directory-damaged', entry: i + 1 });
    const flags = u16(bytes, at + 8);
    entries.push({
      name: names.decode(bytes.subarray(at + ENTRY_SIZE, at + ENTRY_SIZE + nameLength)),
      method: u16(bytes, at + 10),
      encrypted: (flags & 1) === 1,
      crc32: u32(bytes, at + 16),
      packedSize: u32(bytes, at + 20),
      claimedSize: u32(bytes, at + 24),
      headerOffset: u32(bytes, at + 42),
    });
    at = next;
  }
  return { ok: true, entries, start };
}

/** Where an entry's packed data lies in the file, or null when its local header is missing or the data runs past the directory. */
export function packedData(bytes: Uint8Array, entry: ZipEntry, directoryStart: number): Uint8Array | null {
  const at = entry.headerOffset;
  if (at + LOCAL_SIZE > directoryStart || u32(bytes, at) !== LOCAL_SIGNATURE) return null;
  const from = at + LOCAL_SIZE + u16(bytes, at + 26) + u16(bytes, at + 28);
  const to = from + entry.packedSize;
  return to > directoryStart ? null : bytes.subarray(from, to);
}

