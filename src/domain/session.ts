import * as z from 'zod/mini';
import { AnswersSchema, NodeIdSchema } from './answers';
import { emptyFraming, FramingSchema } from './framing';
import { emptyFollowUps, FollowUpsSchema, ModelLensSchema, TimerSchema, VendorScoresSchema } from './guidance/schemas';
import { CandidateIdSchema, newId, SessionIdSchema, type SessionId } from './ids';
import { CostInputsSchema } from './cost/schemas';

/** Where the wizard stands: framing, one of the five nodes, or the outcome. */
export const StepSchema = z.union([z.literal('framing'), NodeIdSchema, z.literal('outcome')]);
export type Step = z.infer<typeof StepSchema>;

/** The option a team adopts: one candidate's route, or the route that builds in-house. */
export const OptionKeySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('candidate'), candidateId: CandidateIdSchema }),
  z.object({ kind: z.literal('in-house') }),
]);
export type OptionKey = z.infer<typeof OptionKeySchema>;

/**
 * One decision session: a single serialisable object that the map draws,
 * the store keeps and the record format wraps.
 */
export const SessionSchema = z.object({
  id: SessionIdSchema,
  framing: FramingSchema,
  answers: AnswersSchema,
  step: StepSchema,
  adopted: z.nullable(OptionKeySchema),
  /** Why the team adopted another option than the proposal; '' when it follows the proposal (record format v6). */
  adoptionReason: z.string(),
  // Guidance around the tree (src/domain/guidance). Sessions saved before these existed
  // get them when they are read (record format v2, src/domain/record/steps).
  followUps: FollowUpsSchema,
  modelLens: z.nullable(ModelLensSchema),
  vendorScores: VendorScoresSchema,
  timer: z.nullable(TimerSchema),
  /** The three-year cost inputs (docs/domain.md#cost-model); null until the team enters them (record format v3). */
  costs: z.nullable(CostInputsSchema),
});
export type Session = z.infer<typeof SessionSchema>;

export function newSession(today: string, id: SessionId = newId<SessionId>('session')): Session {
  return {
    id,
    framing: emptyFraming(today),
    answers: {},
    step: 'framing',
    adopted: null,
    adoptionReason: '',
    followUps: emptyFollowUps(),
    modelLens: null,
    vendorScores: {},
    timer: null,
    costs: null,
  };
}
