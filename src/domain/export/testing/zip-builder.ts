/**
 * Writes zip archives byte by byte, lies included, for tests: entries whose
 * directory claims another size or checksum than their data, duplicate and
 * climbing names, flags and methods no tool of ours writes. fflate's `zipSync`
 * cannot do any of that (its input is an object: no duplicate names, no lies).
 */
import { deflateSync } from 'fflate';
import { crc32 } from '../unzip/crc32';

export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** 8 (deflate, the default) or 0 (stored); anything else is written as given with the data stored. */
  readonly method?: number;
  /** The size the directory claims (default: the real one). */
  readonly claimedSize?: number;
  /** The checksum the directory claims (default: the real one). */
  readonly crc?: number;
  readonly flags?: number;
  /** The packed data, when the test already has it (deflating megabytes for every entry would dominate a run). */
  readonly packed?: Uint8Array;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];

/** A zip archive of `entries`, in order, with exactly the claims they make. */
export function buildZip(entries: readonly RawEntry[]): Uint8Array<ArrayBuffer> {
  const locals: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const method = entry.method ?? 8;
    const packed = entry.packed ?? (method === 8 ? deflateSync(entry.data) : entry.data);
    const claims = [...u32(entry.crc ?? crc32(entry.data)), ...u32(packed.length), ...u32(entry.claimedSize ?? entry.data.length), ...u16(name.length), ...u16(0)];
    // version 20, flags (bit 11: UTF-8 names), method, time and date 0.
    const common = [...u16(20), ...u16(entry.flags ?? 0x800), ...u16(method), ...u32(0), ...claims];
    directory.push(Uint8Array.from([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset)]), name);
    const local = [Uint8Array.from([...u32(0x04034b50), ...common]), name, packed];
    locals.push(...local);
    offset += local.reduce((sum, part) => sum + part.length, 0);
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Uint8Array.from([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(size), ...u32(offset), ...u16(0)]);
  return concat([...locals, ...directory, end]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const text = (value: string) => new TextEncoder().encode(value);

/** A zip of one `name` entry holding `text`. */
export const zipOf = (name: string, content: string, options: Omit<RawEntry, 'name' | 'data'> = {}) => buildZip([{ name, data: text(content), ...options }]);

/** Where the table of contents starts in an archive `buildZip` wrote (for damaging it). */
export function directoryOffset(zip: Uint8Array): number {
  const end = zip.length - 22;
  return (zip[end + 16] ?? 0) | ((zip[end + 17] ?? 0) << 8) | ((zip[end + 18] ?? 0) << 16) | ((zip[end + 19] ?? 0) << 24);
}
