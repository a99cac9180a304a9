import * as z from 'zod/mini';
import type { DecisionRecord } from '../record/record';
import type { AdrFormat } from './write-format';

export { ADR_FORMATS, FileNamingSchema, WRITE_FORMATS, WriteFormatSchema, writtenAs, type AdrFormat, type FileNameConvention, type WriteFormat } from './write-format';

/** What every ADR tool agrees on, as the file states it. Links are kept as written (file names or ADR numbers). */
export const AdrMetaSchema = z.object({
  number: z.optional(z.number().check(z.int(), z.gte(0))),
  title: z.string(),
  /** The status as written, lower-cased: `accepted`, `superseded by ADR-0014`, `Superseded by [3. …](…)` → `superseded by …`. */
  status: z.optional(z.string()),
  /** YYYY-MM-DD. */
  date: z.optional(z.iso.date()),
  revisitBy: z.optional(z.iso.date()),
  decisionMakers: z.array(z.string()),
  consulted: z.array(z.string()),
  informed: z.array(z.string()),
  tags: z.array(z.string()),
  supersedes: z.array(z.string()),
  supersededBy: z.array(z.string()),
});
export type AdrMeta = z.infer<typeof AdrMetaSchema>;

export interface AdrFile {
  readonly format: AdrFormat;
  readonly meta: AdrMeta;
  /** The Markdown after the title and the metadata, without Forkpoint's data block. */
  readonly body: string;
  /** Present when Forkpoint wrote the file: the record it carries. */
  readonly record?: DecisionRecord;
}

/** Why a file cannot be read; `line` is 1-based in the file as given. */
export interface AdrProblem {
  readonly message: string;
  readonly line?: number;
}

export function emptyMeta(title: string): AdrMeta {
  return { title, decisionMakers: [], consulted: [], informed: [], tags: [], supersedes: [], supersededBy: [] };
}
