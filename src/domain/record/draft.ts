import * as z from 'zod/mini';
import { RECORD_FORMAT_VERSION } from './format';
import { RecordIdSchema } from './record';
import { FramingSchema } from '../framing';
import { sameValue } from '../same-value';
import { newSession, SessionSchema, type Session } from '../session';
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

/**
 * A new decision whose framing is not sent yet: it has no name, which a session's schema
 * refuses. Its draft must read back all the same, with what was typed into the form.
 */
const UnnamedSessionSchema = z.extend(SessionSchema, {
  step: z.literal('framing'),
  framing: z.extend(FramingSchema, { componentName: z.literal('') }),
});

/** The decision in progress, kept so a reload or a closed tab loses nothing. */
export const DraftSchema = z.object({
  formatVersion: z.literal(RECORD_FORMAT_VERSION),
  session: z.union([SessionSchema, UnnamedSessionSchema]),
  context: WorkContextSchema,
  savedAt: z.iso.datetime(),
  /** The open step's unsubmitted input; absent in drafts written before it was kept. One that does not parse is dropped, never the draft. */
  stepInput: z.optional(z.catch(z.nullable(StepInputSchema), null)),
  /**
   * True when the session is exactly as it was saved into `context.recordId`: its record holds
   * all of it, so it is not work waiting to be saved. It is kept only so a reload goes on with it.
   */
  unchangedSinceSave: z.optional(z.boolean()),
});
export type Draft = z.infer<typeof DraftSchema>;

export function newDraft(session: Session, context: WorkContext, now: string, stepInput: StepInput | null = null, unchangedSinceSave = false): Draft {
  return { formatVersion: RECORD_FORMAT_VERSION, session, context, savedAt: now, stepInput, ...(unchangedSinceSave && { unchangedSinceSave }) };
}

/** How many drafts may wait in one browser: enough for every session a team has in flight, few enough to list and read at once. */
export const MAX_WAITING_DRAFTS = 20;

/**
 * True for a draft with nothing in it yet: a new decision opened and left before anything
 * was typed (its running clock aside). Keeping it would only fill the list of waiting drafts.
 */
export function holdsNoWork(draft: Draft): boolean {
  const { session, context, stepInput } = draft;
  const fresh = newSession(session.framing.date, session.id);
  return (stepInput ?? null) === null && sameValue(context, NEW_WORK) && sameValue({ ...session, timer: null }, fresh);
}

/** The one field of the framing form a draft's title needs; the form's own schema checks the rest. */
const TypedNameSchema = z.object({ componentName: z.string() });

/**
 * What a waiting draft is called: its component's name — the one typed into the framing
 * form when the framing is not sent yet — or "Untitled decision" before it has one.
 */
export function draftTitle(draft: Draft): string {
  const { session, stepInput } = draft;
  const typed = session.step === 'framing' && stepInput?.step === 'framing' ? TypedNameSchema.safeParse(stepInput.value) : null;
  const name = typed?.success ? typed.data.componentName : session.framing.componentName;
  return name.trim() || 'Untitled decision';
}
