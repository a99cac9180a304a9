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
import { renameSessionIds, sharedIds } from '../record/session-ids';
import { assertNever } from '../assert-never';
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

/** What a link of `record` carries: its current revision, status and tags, ids shortened. */
export function sharedRecordOf(record: DecisionRecord): SharedRecord {
  return shortenIds({ formatVersion: RECORD_FORMAT_VERSION, status: record.status, tags: record.tags, revision: currentRevision(record) });
}

/** The fragment's payload (`1.<base64url>`): the shared record compressed with zlib (deflate with a checksum, so a tampered link fails). */
export async function sharePayload(record: DecisionRecord): Promise<string> {
  const { zlibSync, strToU8 } = await import('fflate');
  return `${VERSION_PREFIX}${toBase64Url(zlibSync(strToU8(JSON.stringify(sharedRecordOf(record))), { level: 9, dictionary: strToU8(SHARE_DICTIONARY_V1) }))}`;
}

/** `base#share=<payload>`; refuses, with the length, a link longer than SHARE_URL_LIMIT. */
export async function shareLink(record: DecisionRecord, base: string): Promise<ShareLink> {
  const url = `${base.split('#')[0] ?? ''}#${SHARE_PARAM}=${await sharePayload(record)}`;
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
 * each id field gets a short one (`s`, `c0`, `r0`), in framing order. Only id
 * fields change, so a name or a status that equals an id travels as written.
 */
function shortenIds(shared: SharedRecord): SharedRecord {
  const { framing } = shared.revision.session;
  const candidate = shortIds('c', framing.candidates);
  const requirement = shortIds('r', framing.requirements);
  const session = renameSessionIds(shared.revision.session, (kind, id) => {
    switch (kind) {
      case 'session':
        return 's';
      case 'candidate':
        return candidate(id);
      case 'requirement':
        return requirement(id);
      default:
        return assertNever(kind, 'id kind');
    }
  });
  return { ...shared, revision: { ...shared.revision, session } };
}

/** `prefix` + position for the listed ids; an id the list lacks (an answer for a removed candidate) gets the next free one. */
function shortIds(prefix: string, listed: readonly { readonly id: string }[]): (id: string) => string {
  const short = new Map(listed.map((item, i) => [item.id, `${prefix}${i}`]));
  let next = listed.length;
  return (id) => {
    const known = short.get(id);
    if (known !== undefined) return known;
    const fresh = `${prefix}${next++}`;
    short.set(id, fresh);
    return fresh;
  };
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
  const parsed = parseStrict(SharedRecordSchema, raw, 'share link', 'link ', (r) => restoreFormat(r, 'shared'));
  if (!parsed.ok) return parsed;
  // Answers are keyed by these ids: two candidates under one id could not be told apart, nor saved and read back.
  const shared = sharedIds(parsed.value.revision.session)[0];
  return shared ? broken(`This share link gives two candidates or requirements the same id ("${shared.id}"): it was altered.`) : parsed;
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
