import * as z from 'zod/mini';

/** What `forkpoint check` reports, in the order its table lists them. */
export const PROBLEM_KINDS = ['overdue', 'invalid', 'incomplete', 'broken-link', 'duplicate-number'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** One problem with one decision file; the check's JSON output carries these as they are. */
export const FolderProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('overdue'), revisitBy: z.iso.date() }),
  z.object({ kind: z.literal('invalid'), message: z.string(), line: z.nullable(z.number().check(z.int(), z.gte(1))) }),
  z.object({ kind: z.literal('incomplete'), missing: z.array(z.string()) }),
  z.object({ kind: z.literal('broken-link'), target: z.string() }),
  z.object({ kind: z.literal('duplicate-number'), number: z.number().check(z.int()), others: z.array(z.string()) }),
]);
export type FolderProblem = z.infer<typeof FolderProblemSchema>;
