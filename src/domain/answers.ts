import * as z from 'zod/mini';
import { CandidateIdSchema, RequirementIdSchema } from './ids';

/** The five questions, in the order the tree asks them. */
export const NODE_IDS = ['differentiator', 'maturity', 'requirements', 'gaps', 'maintenance'] as const;
export const NodeIdSchema = z.enum(NODE_IDS);
export type NodeId = z.infer<typeof NodeIdSchema>;

export const YesNoSchema = z.enum(['yes', 'no']);
export type YesNo = z.infer<typeof YesNoSchema>;

export const MaturityChecksSchema = z.object({
  inProductionTwoYears: z.boolean(),
  customersAtOurScale: z.boolean(),
  publicSla: z.boolean(),
  provenFailureRecord: z.boolean(),
});
export type MaturityChecks = z.infer<typeof MaturityChecksSchema>;

export const COVERAGE = ['covered', 'partial', 'missing'] as const;
export const CoverageSchema = z.enum(COVERAGE);
export type Coverage = z.infer<typeof CoverageSchema>;

export const FIT_VERDICTS = ['meets', 'gaps', 'must-have-missing'] as const;
export const FitVerdictSchema = z.enum(FIT_VERDICTS);
export type FitVerdict = z.infer<typeof FitVerdictSchema>;

export const GapRatingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('core'), breadth: z.enum(['narrow', 'broad']) }),
  z.object({ kind: z.literal('edge') }),
  z.object({ kind: z.literal('not-a-gap') }),
]);
export type GapRating = z.infer<typeof GapRatingSchema>;

export const GAP_VERDICTS = ['no-core-gap', 'narrow-core-gaps', 'broad-core-gap'] as const;
export const GapVerdictSchema = z.enum(GAP_VERDICTS);
export type GapVerdict = z.infer<typeof GapVerdictSchema>;

/** Shared by every answer: free text, required only where the tree says so. */
const rationale = z.string();
/** Why the team went against the app's suggestion; empty when they followed it. */
const overrideReason = z.string();

export const DifferentiatorAnswerSchema = z.object({
  node: z.literal('differentiator'),
  answer: YesNoSchema,
  rationale,
});

export const CandidateMaturitySchema = z.object({
  checks: MaturityChecksSchema,
  mature: z.boolean(),
  suggested: z.boolean(),
  overrideReason,
});
export type CandidateMaturity = z.infer<typeof CandidateMaturitySchema>;

export const MaturityAnswerSchema = z.object({
  node: z.literal('maturity'),
  candidates: z.record(CandidateIdSchema, CandidateMaturitySchema),
  rationale,
});

export const CandidateFitSchema = z.object({
  coverage: z.record(RequirementIdSchema, CoverageSchema),
  verdict: FitVerdictSchema,
  suggested: FitVerdictSchema,
  overrideReason,
});
export type CandidateFit = z.infer<typeof CandidateFitSchema>;

export const RequirementsAnswerSchema = z.object({
  node: z.literal('requirements'),
  candidates: z.record(CandidateIdSchema, CandidateFitSchema),
  rationale,
});

export const CandidateGapsSchema = z.object({
  gaps: z.record(RequirementIdSchema, GapRatingSchema),
  verdict: GapVerdictSchema,
  suggested: GapVerdictSchema,
  overrideReason,
});
export type CandidateGaps = z.infer<typeof CandidateGapsSchema>;

export const GapsAnswerSchema = z.object({
  node: z.literal('gaps'),
  candidates: z.record(CandidateIdSchema, CandidateGapsSchema),
  rationale,
});

export const MaintenanceAnswerSchema = z.object({
  node: z.literal('maintenance'),
  answer: YesNoSchema,
  suggested: YesNoSchema,
  overrideReason,
  rationale,
});

export const NodeAnswerSchema = z.discriminatedUnion('node', [
  DifferentiatorAnswerSchema,
  MaturityAnswerSchema,
  RequirementsAnswerSchema,
  GapsAnswerSchema,
  MaintenanceAnswerSchema,
]);
export type NodeAnswer = z.infer<typeof NodeAnswerSchema>;
export type AnswerFor<N extends NodeId> = Extract<NodeAnswer, { node: N }>;

export const AnswersSchema = z.object({
  differentiator: z.optional(DifferentiatorAnswerSchema),
  maturity: z.optional(MaturityAnswerSchema),
  requirements: z.optional(RequirementsAnswerSchema),
  gaps: z.optional(GapsAnswerSchema),
  maintenance: z.optional(MaintenanceAnswerSchema),
});
export type Answers = z.infer<typeof AnswersSchema>;

/**
 * What the team submits: an answer without the app's suggestions, which the engine
 * computes itself so a caller cannot record a suggestion the data does not support.
 */
export type AnswerInput =
  | AnswerFor<'differentiator'>
  | (Omit<AnswerFor<'maturity'>, 'candidates'> & {
      candidates: Record<string, Omit<CandidateMaturity, 'suggested'>>;
    })
  | (Omit<AnswerFor<'requirements'>, 'candidates'> & {
      candidates: Record<string, Omit<CandidateFit, 'suggested'>>;
    })
  | (Omit<AnswerFor<'gaps'>, 'candidates'> & {
      candidates: Record<string, Omit<CandidateGaps, 'suggested'>>;
    })
  | Omit<AnswerFor<'maintenance'>, 'suggested'>;
