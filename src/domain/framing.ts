import * as z from 'zod/mini';
import { CandidateIdSchema, RequirementIdSchema } from './ids';
import { LayerSchema } from './portfolio/layers';
import { err, ok, type Result } from './result';
import { fieldErrors } from './zod-issues';

export const PROFILES = ['startup', 'midsize', 'enterprise', 'regulated'] as const;
export const ProfileSchema = z.enum(PROFILES);
export type Profile = z.infer<typeof ProfileSchema>;

export const PROFILE_NAMES: Record<Profile, string> = {
  startup: 'Early-stage startup',
  midsize: 'Mid-size team (10–50 engineers)',
  enterprise: 'Large enterprise',
  regulated: 'Regulated industry',
};

export const BUCKETS = ['must', 'should', 'nice'] as const;
export const BucketSchema = z.enum(BUCKETS);

/** How every screen and export names the buckets. */
export const BUCKET_NAMES: Readonly<Record<(typeof BUCKETS)[number], string>> = { must: 'Must-have', should: 'Should-have', nice: 'Nice-to-have' };
export type Bucket = z.infer<typeof BucketSchema>;

const nonNegative = (what: string) =>
  z.number({ error: `${what} must be a number` }).check(
    z.refine(Number.isFinite, { error: `${what} must be a number` }),
    z.gte(0, { error: `${what} cannot be negative` }),
  );

/** Capacity, not headcount: ten engineers running four systems have less room than five running one. */
export const CapacitySchema = z.object({
  engineers: nonNegative('Engineers on the team').check(z.int({ error: 'Engineers must be a whole number' })),
  systemsMaintained: nonNegative('Production systems maintained').check(
    z.int({ error: 'Production systems must be a whole number' }),
  ),
  /** Engineers' worth of time free for new work without hurting existing commitments (0.5 = half an engineer). */
  spareEngineers: nonNegative('Spare capacity'),
});
export type Capacity = z.infer<typeof CapacitySchema>;

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The team's capacity in words, counted right ("1 engineer’s worth", "0.5 engineers’ worth"). */
export function capacityWords(capacity: Capacity): { engineers: string; systems: string; spare: string } {
  return {
    engineers: counted(capacity.engineers, 'engineer', 'engineers'),
    systems: counted(capacity.systemsMaintained, 'production system', 'production systems'),
    spare: counted(capacity.spareEngineers, 'engineer’s worth', 'engineers’ worth'),
  };
}

export const CandidateSchema = z.object({
  id: CandidateIdSchema,
  name: z.string().check(z.trim(), z.minLength(1, { error: 'Give the candidate a name' })),
  vendor: z.string(),
  notes: z.string(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const RequirementSchema = z.object({
  id: RequirementIdSchema,
  name: z.string().check(z.trim(), z.minLength(1, { error: 'Name the requirement' })),
  bucket: z.enum(BUCKETS, { error: 'Choose must-have, should-have or nice-to-have' }),
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const COMPONENT_KINDS = ['infrastructure', 'model'] as const;

export const FramingSchema = z.object({
  componentName: z.string().check(z.trim(), z.minLength(1, { error: 'Give the component a name' })),
  description: z.string(),
  /** A model or inference service gets the model-layer questions before node 1. */
  componentKind: z.enum(COMPONENT_KINDS),
  /** Where it sits in the stack, for the portfolio (docs/domain.md#portfolio). */
  layer: LayerSchema,
  capacity: CapacitySchema,
  profile: ProfileSchema,
  candidates: z.array(CandidateSchema),
  requirements: z.array(RequirementSchema),
  participants: z.array(z.string()),
  facilitator: z.string(),
  date: z.iso.date({ error: 'Use a date like 2026-11-22' }),
});
export type Framing = z.infer<typeof FramingSchema>;

/** One message per field path (e.g. `candidates.0.name`), for the form to show at the field. */
export type FieldErrors = Readonly<Record<string, string>>;

export function validateFraming(input: unknown): Result<Framing, FieldErrors> {
  const parsed = FramingSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(fieldErrors(parsed.error.issues));
}

const CATEGORY_ONLY = /^\s*(we\s+)?(need|want)\s+(an?\s+)?[\w\s-]{0,40}$/i;

/**
 * A description should say what the component does in this system; a bare category
 * ("we need a vector database") does not. Returns a hint, or null when it reads well enough.
 */
export function descriptionHint(description: string): string | null {
  const text = description.trim();
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words === 0) return 'Describe what it does in your system: the data it keeps, the queries it answers, its latency and availability targets, and what depends on it.';
  if (words < 12 || CATEGORY_ONLY.test(text)) {
    return 'This reads like a category, not a description. Say what data it keeps, which queries it serves, the latency and availability it must meet, and which components depend on it.';
  }
  return null;
}

export function emptyFraming(today: string): Framing {
  return {
    componentName: '',
    description: '',
    componentKind: 'infrastructure',
    layer: 'other',
    capacity: { engineers: 0, systemsMaintained: 0, spareEngineers: 0 },
    profile: 'midsize',
    candidates: [],
    requirements: [],
    participants: [],
    facilitator: '',
    date: today,
  };
}
