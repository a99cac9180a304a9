import * as z from 'zod/mini';
import { stringHashWords } from './string-hash';

/**
 * An id is 1 to 64 letters, digits, "-" or "_": never text, so no file, link or
 * address it is written into needs to escape it. The app makes `prefix_<uuid>`.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The schema of every id field; the brands keep a candidate id from passing for a requirement id. */
export const idSchema = () => z.string().check(z.regex(ID_PATTERN, { error: 'An id is 1 to 64 letters, digits, “-” or “_”' }));

export const CandidateIdSchema = idSchema().brand<'CandidateId'>();
export type CandidateId = z.infer<typeof CandidateIdSchema>;

export const RequirementIdSchema = idSchema().brand<'RequirementId'>();
export type RequirementId = z.infer<typeof RequirementIdSchema>;

export const SessionIdSchema = idSchema().brand<'SessionId'>();
export type SessionId = z.infer<typeof SessionIdSchema>;

/** Random ids (122 bits), so two browsers never hand out the same one. */
export function newId<T extends string>(prefix: string, random: () => string = defaultRandom): T {
  return `${prefix}_${random()}` as T;
}

function defaultRandom(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * A valid id for one stored before ids had a format: the same text always gives
 * the same id, so a record and every reference to it (supersedes, answers keyed
 * by a candidate) agree. Its readable part is kept; a hash of the whole keeps
 * distinct ids distinct.
 */
export function repairId(id: string): string {
  if (ID_PATTERN.test(id)) return id;
  const readable = id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `${readable || 'id'}-${hash53(id).toString(36)}`;
}

/** cyrb53: a 53-bit string hash, enough to keep repaired ids apart. */
function hash53(text: string): number {
  const [low, high] = stringHashWords(text);
  return 4294967296 * (2097151 & high) + low;
}
