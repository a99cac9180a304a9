import * as z from 'zod/mini';
import { NodeIdSchema } from '../answers';
import { CandidateIdSchema, RequirementIdSchema } from '../ids';

/*
 * The session data the guidance around the tree keeps (docs/domain.md: #follow-ups, #organisation-profiles, #around-the-tree). Each field
 * is optional on the session so records saved before it existed still parse;
 * readers fall back to the empty values below.
 */

const weeks = z.nullable(z.number().check(z.refine(Number.isFinite, { error: 'Enter a number of weeks' }), z.gte(0, { error: 'Weeks cannot be negative' })));

/** The follow-ups an outcome demands (docs/domain.md#follow-ups), plus the owners an enterprise Build asks for (#organisation-profiles). */
export const FollowUpsSchema = z.object({
  /** For Build: why buying will not do. */
  whyNotBuy: z.string(),
  /** For Buy and Buy and wrap: how the data comes out and what the alternative would be. */
  exitPlan: z.object({ dataOut: z.string(), alternative: z.string() }),
  evaluationWeeks: weeks,
  integrationWeeks: weeks,
  /** Engineers who will operate the product: each needs one to two weeks of ramp-up. */
  operators: z.nullable(z.number().check(z.int({ error: 'Operators must be a whole number' }), z.gte(0, { error: 'Operators cannot be negative' }))),
  /** Requirements expected to change in the next twelve months. */
  unstableRequirements: z.array(RequirementIdSchema),
  /** The team looked at the list, even if it expects nothing to change. */
  requirementsReviewed: z.boolean(),
  /** Null means the default for the outcome (six or twelve months from the session's date). */
  revisitBy: z.nullable(z.iso.date({ error: 'Use a date like 2027-05-22' })),
  /** What should reopen the decision before that date. */
  triggers: z.array(z.string()),
  owner: z.string(),
  backupOwner: z.string(),
});
export type FollowUps = z.infer<typeof FollowUpsSchema>;

export function emptyFollowUps(): FollowUps {
  return {
    whyNotBuy: '',
    exitPlan: { dataOut: '', alternative: '' },
    evaluationWeeks: null,
    integrationWeeks: null,
    operators: null,
    unstableRequirements: [],
    requirementsReviewed: false,
    revisitBy: null,
    triggers: [],
    owner: '',
    backupOwner: '',
  };
}

/** The four model-layer questions (docs/domain.md#around-the-tree), answered before node 1 for a model or inference service. */
export const ModelLensSchema = z.object({
  onPremData: z.boolean(),
  uniqueData: z.boolean(),
  inferenceTopCost: z.boolean(),
  modelIsDifferentiator: z.boolean(),
  requestsPerMonth: z.nullable(z.number().check(z.gte(0, { error: 'Requests cannot be negative' }))),
  /** Dollars per inference today. */
  costPerRequest: z.nullable(z.number().check(z.gte(0, { error: 'Cost cannot be negative' }))),
});
export type ModelLens = z.infer<typeof ModelLensSchema>;

export const CRITERIA = [
  'features',
  'scalability',
  'reliability',
  'security',
  'pricing',
  'documentation',
  'ecosystem',
  'support',
  'reputation',
  'proof-of-concept',
] as const;
export const CriterionSchema = z.enum(CRITERIA);
export type Criterion = z.infer<typeof CriterionSchema>;

export const CriterionScoreSchema = z.object({
  score: z.nullable(z.number().check(z.int(), z.gte(1, { error: 'Scores run from 1 to 5' }), z.lte(5, { error: 'Scores run from 1 to 5' }))),
  note: z.string(),
});
export type CriterionScore = z.infer<typeof CriterionScoreSchema>;

export const CandidateScoresSchema = z.partialRecord(CriterionSchema, CriterionScoreSchema);
export type CandidateScores = z.infer<typeof CandidateScoresSchema>;

export const VendorScoresSchema = z.record(CandidateIdSchema, CandidateScoresSchema);
export type VendorScores = z.infer<typeof VendorScoresSchema>;

/** What the timer attributes time to: the framing, the lens questions, a node, or the outcome screen. */
export const TimedStepSchema = z.union([z.literal('framing'), z.literal('lens'), NodeIdSchema, z.literal('outcome')]);
export type TimedStep = z.infer<typeof TimedStepSchema>;

/**
 * The timebox as a log, never a ticking counter: elapsed time is computed from
 * these instants and the clock, so a reload loses nothing.
 */
export const TimerSchema = z.object({
  startedAt: z.iso.datetime(),
  pauses: z.array(z.object({ from: z.iso.datetime(), to: z.nullable(z.iso.datetime()) })),
  visits: z.array(z.object({ step: TimedStepSchema, at: z.iso.datetime() })),
});
export type Timer = z.infer<typeof TimerSchema>;
