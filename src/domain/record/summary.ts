import * as z from 'zod/mini';
import { decide } from '../decision';
import { ProfileSchema } from '../framing';
import { revisitByOf } from '../guidance/follow-ups';
import { OUTCOMES } from '../outcomes';
import { outsideEditOf } from './edited-outside';
import { currentRevision, RecordIdSchema, StatusSchema, type DecisionRecord } from './record';

/**
 * How summaries are made. Bump it whenever `summarize` keeps something new or
 * computes something differently: a stored summary made the old way then fails
 * to parse, and is made again from its record.
 */
export const SUMMARY_VERSION = 2;

/**
 * What the library lists, searches, filters and sorts by (revisit-due included)
 * for one record, small enough to read 10,000 of them for a first screen. Stores
 * keep it beside the record and write both in one transaction; a folder of ADR
 * files yields the same shape, so the library does not care where records live.
 * The whole record is read only when it is opened.
 */
export const RecordSummarySchema = z.object({
  summaryVersion: z.literal(SUMMARY_VERSION),
  id: RecordIdSchema,
  /** The record's save count when this summary was made: a summary that lags its record is stale. */
  saveCount: z.number().check(z.int(), z.gte(0)),
  number: z.nullable(z.number().check(z.int(), z.gte(1))),
  component: z.string(),
  outcome: z.nullable(z.enum(OUTCOMES)),
  /** The option the outcome adopts, as its name reads ('' while undecided). */
  adopted: z.string(),
  status: StatusSchema,
  profile: ProfileSchema,
  tags: z.array(z.string()),
  /** The session's date (YYYY-MM-DD). */
  date: z.string(),
  /** The date set or suggested for a revisit ('' when none applies). */
  revisitBy: z.string(),
  revisions: z.number().check(z.int(), z.gte(1)),
  /** The current revision's text was edited outside Forkpoint (in its file): the library warns. */
  editedOutside: z.boolean(),
  updatedAt: z.iso.datetime(),
  /** Searchable texts (names, descriptions, rationales, what changed, tags), each as shown. */
  texts: z.array(z.string()),
});
export type RecordSummary = z.infer<typeof RecordSummarySchema>;

/** The summary of a record's current revision, as the library needs it. */
export function summarize(record: DecisionRecord): RecordSummary {
  const { session, whatChanged } = currentRevision(record);
  const { framing, answers } = session;
  const decision = decide(session);
  const texts = [
    framing.componentName,
    framing.description,
    ...framing.candidates.flatMap((c) => [c.name, c.vendor, c.notes]),
    ...framing.requirements.map((r) => r.name),
    ...Object.values(answers).flatMap((a) => [a.rationale, 'overrideReason' in a ? a.overrideReason : '']),
    ...Object.values(answers.maturity?.candidates ?? {}).map((c) => c.overrideReason),
    ...Object.values(answers.requirements?.candidates ?? {}).map((c) => c.overrideReason),
    ...Object.values(answers.gaps?.candidates ?? {}).map((c) => c.overrideReason),
    whatChanged,
    ...record.tags,
  ].filter((t) => t.trim() !== '');
  return {
    summaryVersion: SUMMARY_VERSION,
    id: record.id,
    saveCount: record.saveCount,
    number: record.number,
    component: framing.componentName,
    outcome: decision.outcome,
    adopted: decision.chosen?.label ?? '',
    status: record.status,
    profile: framing.profile,
    tags: record.tags,
    date: framing.date,
    revisitBy: revisitByOf(session, decision.outcome),
    revisions: record.revisions.length,
    editedOutside: outsideEditOf(record) !== null,
    updatedAt: record.updatedAt,
    texts,
  };
}
