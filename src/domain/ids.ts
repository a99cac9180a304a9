import * as z from 'zod/mini';

/** Ids are opaque strings; the brands keep a candidate id from passing for a requirement id. */
export const CandidateIdSchema = z.string().check(z.minLength(1)).brand<'CandidateId'>();
export type CandidateId = z.infer<typeof CandidateIdSchema>;

export const RequirementIdSchema = z.string().check(z.minLength(1)).brand<'RequirementId'>();
export type RequirementId = z.infer<typeof RequirementIdSchema>;

export const SessionIdSchema = z.string().check(z.minLength(1)).brand<'SessionId'>();
export type SessionId = z.infer<typeof SessionIdSchema>;

/** Random ids (122 bits), so two browsers never hand out the same one. */
export function newId<T extends string>(prefix: string, random: () => string = defaultRandom): T {
  return `${prefix}_${random()}` as T;
}

function defaultRandom(): string {
  return globalThis.crypto.randomUUID();
}
