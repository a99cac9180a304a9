import * as z from 'zod/mini';
import { RECORD_FORMAT_VERSION } from './format';
import { RecordIdSchema } from './record';
import { SessionSchema, type Session } from '../session';
import { StepInputSchema, type StepInput } from '../step-input';

/**
 * What the work in progress is for. `recordId` is null until the first save; then
 * `saveCount` is the count that save left, so a later save can tell whether another
 * tab has written the record since. A revisit carries the new information that
 * prompted it; a successor carries the record it will supersede.
 */
export const WorkContextSchema = z.object({
  recordId: z.nullable(RecordIdSchema),
  saveCount: z.number().check(z.int(), z.gte(0)),
  whatChanged: z.string(),
  supersedes: z.nullable(RecordIdSchema),
});
export type WorkContext = z.infer<typeof WorkContextSchema>;

export const NEW_WORK: WorkContext = { recordId: null, saveCount: 0, whatChanged: '', supersedes: null };

/** The decision in progress, kept so a reload or a closed tab loses nothing. */
export const DraftSchema = z.object({
  formatVersion: z.literal(RECORD_FORMAT_VERSION),
  session: SessionSchema,
  context: WorkContextSchema,
  savedAt: z.iso.datetime(),
  /** The open step's unsubmitted input; absent in drafts written before it was kept. One that does not parse is dropped, never the draft. */
  stepInput: z.optional(z.catch(z.nullable(StepInputSchema), null)),
});
export type Draft = z.infer<typeof DraftSchema>;

export function newDraft(session: Session, context: WorkContext, now: string, stepInput: StepInput | null = null): Draft {
  return { formatVersion: RECORD_FORMAT_VERSION, session, context, savedAt: now, stepInput };
}
