import type { Inflate as FflateInflate, inflateSync as fflateInflateSync } from 'fflate';
import { MAX_ARCHIVE_UNPACKED, MAX_FILE_BYTES } from '../import-limits';
import { crc32 } from './crc32';
import { judgeName, type EntryDamage, type LeftOut } from './left-out';
import { packedData, readDirectory, type DirectoryFault, type ZipEntry } from './zip-directory';

/** What one archive entry came to: its bytes, or why it was left out. */
export type EntryOutcome = { readonly kind: 'read'; readonly name: string; readonly bytes: Uint8Array } | { readonly kind: 'left-out'; readonly name: string; readonly reason: LeftOut };

/** An archive unpacked entry by entry, or why it cannot be opened at all. Plain data: it crosses from a worker. */
export type Unpacked = { readonly ok: true; readonly entries: readonly EntryOutcome[] } | { readonly ok: false; readonly fault: DirectoryFault };

export interface UnpackCaps {
  /** Bytes one entry may unpack to. */
  readonly entry: number;
  /** Bytes the whole archive may unpack to. */
  readonly total: number;
}

export const UNPACK_CAPS: UnpackCaps = { entry: MAX_FILE_BYTES, total: MAX_ARCHIVE_UNPACKED };

/** Deflate expands at most 1032:1 (a 258-byte match in two bits). */
const MAX_RATIO = 1032;
/**
 * The inflater gets as much packed data at a time as cannot pass the room left even
 * at the maximum ratio (most entries: all of it in one step, as fast as a one-shot
 * inflate), and never less than this, so one step overshoots by at most ~4 MiB.
 */
const MIN_CHUNK = 4096;

type Inflated = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: LeftOut };

/**
 * Unpacks an archive by the bytes it really produces: every entry is inflated as a
 * stream with a running count and abandoned the moment it passes `caps.entry`, or
 * the archive passes `caps.total`, whatever sizes the archive claims. Each entry is
 * judged on its own (name, method, size, checksum); the reason for each one left out
 * is kept. Pure: a worker runs it off the main thread.
 */
export async function unpackArchive(bytes: Uint8Array, caps: UnpackCaps = UNPACK_CAPS): Promise<Unpacked> {
  const { Inflate, inflateSync } = await import('fflate');
  const directory = readDirectory(bytes);
  if (!directory.ok) return directory;
  const seen = new Set<string>();
  // Every byte inflated counts, those of entries abandoned too: the work is bounded, not just what is kept.
  const budget = { used: 0 };
  const entries: EntryOutcome[] = [];
  for (const entry of directory.entries) {
    const byName = judgeName(entry.name, seen);
    if (byName === 'folder') continue;
    const leave = (reason: LeftOut) => entries.push({ kind: 'left-out', name: entry.name, reason });
    if (byName) {
      leave(byName);
      continue;
    }
    const room = Math.min(caps.entry, caps.total - budget.used);
    const packed = packedData(bytes, entry, directory.start);
    const inflated = unpackEntry(entry, packed, room, (limit) => (limit < caps.entry ? { kind: 'over-total', limit: caps.total } : { kind: 'too-large', limit, claimed: entry.claimedSize }), { Inflate, inflateSync, budget });
    if (!inflated.ok) {
      leave(inflated.reason);
      continue;
    }
    entries.push({ kind: 'read', name: entry.name, bytes: inflated.bytes });
  }
  return { ok: true, entries };
}

/** fflate's streaming inflater and the archive's running count of bytes produced. */
interface Inflater {
  readonly Inflate: typeof FflateInflate;
  readonly inflateSync: typeof fflateInflateSync;
  readonly budget: { used: number };
}

function unpackEntry(entry: ZipEntry, packed: Uint8Array | null, room: number, tooLarge: (limit: number) => LeftOut, inflater: Inflater): Inflated {
  const damaged = (damage: EntryDamage): Inflated => ({ ok: false, reason: { kind: 'damaged', damage } });
  if (entry.encrypted) return { ok: false, reason: { kind: 'encrypted' } };
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: { kind: 'method', method: entry.method } };
  if (room <= 0) return { ok: false, reason: tooLarge(0) };
  // A claim over the cap is believed: there is no point inflating what would be refused anyway.
  if (entry.claimedSize > room) return { ok: false, reason: tooLarge(room) };
  if (!packed) return damaged('data-outside');
  const out = entry.method === 0 ? stored(packed, room, inflater) : inflate(packed, room, entry.claimedSize, inflater);
  if (out === 'over') return { ok: false, reason: tooLarge(room) };
  if (out === 'corrupt' || out === 'cut-short') return damaged(out);
  if (out.length !== entry.claimedSize) return damaged('size-differs');
  if (crc32(out) !== entry.crc32) return damaged('checksum');
  return { ok: true, bytes: out };
}

function stored(packed: Uint8Array, room: number, { budget }: Inflater): Uint8Array | 'over' {
  if (packed.length > room) return 'over';
  budget.used += packed.length;
  return packed.slice();
}

/** Inflates in small steps, counting what comes out; gives up as soon as it passes `room`. */
function inflate(packed: Uint8Array, room: number, claimed: number, { Inflate, inflateSync, budget }: Inflater): Uint8Array | 'over' | 'corrupt' | 'cut-short' {
  // Data that cannot pass the room even at the maximum ratio is inflated in one go: the work is bounded all the same.
  // Into a buffer one byte longer than the claim (claims over the room were refused before): data that is
  // longer than it says stops there and shows as a size that differs.
  if (packed.length * MAX_RATIO <= room && packed.length > 0) {
    try {
      const bytes = inflateSync(packed, { out: new Uint8Array(claimed + 1) });
      // A claim larger than the data still cost its buffer: it counts, so many such claims cannot make the work unbounded.
      budget.used += Math.max(bytes.length, claimed);
      return bytes;
    } catch (error) {
      return inflateError(error);
    }
  }
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const stream = new Inflate((chunk) => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (produced <= room) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < packed.length && produced <= room; ) {
      const next = at + Math.max(MIN_CHUNK, Math.floor((room - produced) / MAX_RATIO));
      stream.push(packed.subarray(at, next), next >= packed.length);
      at = next;
    }
    if (packed.length === 0) stream.push(packed, true);
  } catch (error) {
    return inflateError(error);
  }
  if (produced > room) return 'over';
  // One step (most entries): fflate hands out a fresh copy, kept as it is.
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

// fflate's error code 0 is "unexpected EOF": the stream needed more data than the entry has.
const inflateError = (error: unknown): 'cut-short' | 'corrupt' => ((error as { code?: unknown }).code === 0 ? 'cut-short' : 'corrupt');
