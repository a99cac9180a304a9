import * as z from 'zod/mini';
import { currentRevision, RevisionSchema, StatusSchema, type DecisionRecord, type RecordId } from '../record/record';
import { RECORD_FORMAT_VERSION } from '../record/format';
import { recordFromSession } from '../record/ops';
import { err, ok, type Result } from '../result';
import { restoreFormat } from '../record/restore';
import { parsedFail, type Parsed } from './problems';
import { SHARE_DICTIONARY_V1 } from './share-dictionary';
import { parseStrict } from './strict-record';

import { SHARE_PARAM } from './share-fragment';
/**
 * The longest link we hand out. 2,000 characters is the old de-facto ceiling for
 * URLs (2,083 in Internet Explorer, 2,048 in sitemaps and many proxies); chat
 * tools accept longer messages, but link detection, previews and mail clients
 * that wrap or rewrite links (Outlook Safe Links) get unreliable past it.
 */
export const SHARE_URL_LIMIT = 2000;
/** Decoding refuses anything longer before inflating it, so a crafted link cannot balloon. */
const MAX_ENCODED = 16_000;
const MAX_DECODED = 1_000_000;
const VERSION_PREFIX = '1.';

/** What a link carries: one record's current revision, read-only. */
export const SharedRecordSchema = z.object({
  formatVersion: z.literal(RECORD_FORMAT_VERSION),
  status: StatusSchema,
  tags: z.array(z.string()),
  revision: RevisionSchema,
});
export type SharedRecord = z.infer<typeof SharedRecordSchema>;

export type ShareLink = Result<{ readonly url: string; readonly length: number }, { readonly length: number; readonly message: string }>;

/**
 * Compresses a record's current revision (zlib: deflate with a checksum, so a
 * tampered link fails) into `base#share=1.<base64url>`. Refuses, with the
 * length, a link longer than SHARE_URL_LIMIT.
 */
export async function shareLink(record: DecisionRecord, base: string): Promise<ShareLink> {
  const { zlibSync, strToU8 } = await import('fflate');
  const shared: SharedRecord = { formatVersion: RECORD_FORMAT_VERSION, status: record.status, tags: record.tags, revision: currentRevision(record) };
  const encoded = toBase64Url(zlibSync(strToU8(shortenIds(JSON.stringify(shared), shared.revision)), { level: 9, dictionary: strToU8(SHARE_DICTIONARY_V1) }));
  const url = `${base.split('#')[0] ?? ''}#${SHARE_PARAM}=${VERSION_PREFIX}${encoded}`;
  if (url.length > SHARE_URL_LIMIT) {
    return err({
      length: url.length,
      message: `The link would be ${url.length.toLocaleString('en')} characters, longer than the ${SHARE_URL_LIMIT.toLocaleString('en')} that chat and mail tools handle reliably. Export the record as a file and share that instead.`,
    });
  }
  return ok({ url, length: url.length });
}

/**
 * Random ids are most of what does not compress. The link is a read-only view and
 * a saved copy is a new record, so the ids inside it only need to be distinct:
 * every whole JSON string equal to an id becomes a short one.
 */
function shortenIds(json: string, revision: SharedRecord['revision']): string {
  const { framing } = revision.session;
  const ids = new Map<string, string>([[revision.session.id, 's']]);
  framing.candidates.forEach((c, i) => ids.set(c.id, `c${i}`));
  framing.requirements.forEach((r, i) => ids.set(r.id, `r${i}`));
  return json.replace(/"(?:[^"\\]|\\.)*"/g, (token) => {
    const short = ids.get(JSON.parse(token) as string);
    return short === undefined ? token : JSON.stringify(short);
  });
}

const broken = (message: string): Parsed<SharedRecord> => parsedFail({ file: 'share link', where: 'link', message });

/** Reads a shared record back from the fragment's payload, refusing a truncated or altered link. */
export async function readShareLink(payload: string): Promise<Parsed<SharedRecord>> {
  if (!payload.startsWith(VERSION_PREFIX)) return broken('This share link is not one this version of Forkpoint can read: it may be cut short or come from a newer version.');
  const data = payload.slice(VERSION_PREFIX.length);
  if (data.length > MAX_ENCODED) return broken('This share link is far longer than any Forkpoint makes: it was altered.');
  const bytes = fromBase64Url(data);
  if (!bytes) return broken('This share link contains characters a Forkpoint link never has: it was altered or mangled by the tool it passed through.');
  const { unzlibSync, strFromU8, strToU8 } = await import('fflate');
  let text: string;
  try {
    const inflated = unzlibSync(bytes, { dictionary: strToU8(SHARE_DICTIONARY_V1) });
    if (inflated.length > MAX_DECODED) return broken('This share link unpacks to far more than a record: it was altered.');
    if (!adler32Matches(bytes, inflated)) return broken('This share link was altered: its checksum does not match. Copy the whole link again, or ask for the record as a file.');
    text = strFromU8(inflated);
  } catch {
    return broken('This share link is incomplete or was altered: copy the whole link again, or ask for the record as a file.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return broken('This share link does not hold a readable record: it was altered.');
  }
  return parseStrict(SharedRecordSchema, raw, 'share link', 'link ', (r) => restoreFormat(r, 'shared'));
}

/**
 * zlib ends its stream with the Adler-32 of the inflated bytes, and fflate does
 * not check it: a changed character that still inflates would open as a silently
 * different record.
 */
function adler32Matches(stream: Uint8Array, inflated: Uint8Array): boolean {
  const n = stream.length;
  if (n < 4) return false;
  let a = 1;
  let b = 0;
  for (const byte of inflated) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const expected = ((stream[n - 4]! << 24) | (stream[n - 3]! << 16) | (stream[n - 2]! << 8) | stream[n - 1]!) >>> 0;
  return ((b << 16) | a) >>> 0 === expected;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** "Save a copy": a new record in this library from the shared revision, under a fresh id. */
export function copyFromShare(shared: SharedRecord, now: string, id?: RecordId): DecisionRecord {
  return { ...recordFromSession(shared.revision.session, now, id), tags: shared.tags };
}
