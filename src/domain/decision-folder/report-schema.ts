import * as z from 'zod/mini';
import { OUTCOMES } from '../outcomes';
import { FolderProblemSchema, PROBLEM_KINDS } from './problems';

/** Where the app serves the JSON Schema of `forkpoint check --format json` (public/). */
export const CHECK_REPORT_SCHEMA_FILE = 'check-report.schema.json';

const day = z.iso.date();

/** What `forkpoint check --format json` prints: the interface scripts may rely on. */
export const CheckReportSchema = z.object({
  tool: z.literal('forkpoint'),
  version: z.string(),
  directory: z.string(),
  today: day,
  counts: z.record(z.enum(PROBLEM_KINDS), z.number().check(z.int(), z.gte(0))),
  decisions: z.array(
    z.object({
      file: z.string(),
      source: z.nullable(z.enum(['forkpoint', 'foreign'])),
      number: z.nullable(z.number().check(z.int())),
      title: z.nullable(z.string()),
      status: z.nullable(z.string()),
      outcome: z.nullable(z.enum(OUTCOMES)),
      date: z.nullable(z.string()),
      revisitBy: z.nullable(z.string()),
      problems: z.array(FolderProblemSchema),
    }),
  ),
});
export type CheckReportJson = z.infer<typeof CheckReportSchema>;

/** The JSON Schema of the check report, generated from the zod schema (a test compares it with public/). */
export function checkReportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CheckReportSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
    title: 'forkpoint check report',
    description: 'The output of `forkpoint check --format json`: every decision file in the folder with its problems.',
  };
}
