import * as z from 'zod/mini';
import { CandidateIdSchema } from '../ids';
import { amount, bounded, engineers, MAX_GROWTH, MAX_VOLUME, MIN_GROWTH, MONTHS, num, unitPrice, weeks } from './limits';

/*
 * The inputs of the three-year cost model (docs/domain.md#cost-model). Money is in minor units of
 * the decision's one currency (cents for USD); a price per unit may be a fraction
 * of a cent, since rounding happens only at the end of each month's sum.
 */

export const VOLUME_UNITS = ['requests', 'thousand-tokens'] as const;
export const VolumeUnitSchema = z.enum(VOLUME_UNITS);
export type VolumeUnit = z.infer<typeof VolumeUnitSchema>;

export const VolumeSchema = z.object({
  unit: VolumeUnitSchema,
  /** V1: the starting monthly volume, in requests or in thousands of tokens. */
  start: bounded('the starting volume', MAX_VOLUME, 'The starting volume is over a trillion a month'),
  /** g: monthly growth as a fraction (0.05 = 5% a month); negative for a decline. */
  growth: num('the monthly growth').check(
    z.gte(MIN_GROWTH, { error: 'Growth must be at least −50% a month' }),
    z.lte(MAX_GROWTH, { error: 'Growth must be at most 50% a month' }),
  ),
});
export type Volume = z.infer<typeof VolumeSchema>;

export const PRICING_KINDS = ['per-request', 'per-1k-tokens', 'per-seat', 'flat'] as const;
export type PricingKind = (typeof PRICING_KINDS)[number];

export const PricingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('per-request'), price: unitPrice('the price per request') }),
  z.object({
    kind: z.literal('per-1k-tokens'),
    inputPrice: unitPrice('the input price per 1,000 tokens'),
    outputPrice: unitPrice('the output price per 1,000 tokens'),
    /** The share of the tokens that are input (prompt) tokens, 0…1. */
    inputShare: bounded('the input share', 1, 'The input share is at most 100%'),
  }),
  z.object({
    kind: z.literal('per-seat'),
    seats: bounded('the number of seats', 1e6, 'Over a million seats: a typo?').check(z.int({ error: 'Seats must be a whole number' })),
    seatPrice: amount('the price per seat'),
  }),
  z.object({ kind: z.literal('flat'), monthly: amount('the monthly price') }),
]);
export type Pricing = z.infer<typeof PricingSchema>;

/** Buying one candidate (docs/domain.md#cost-model): usage or subscription, fees, one-off integration and ramp-up, wrapper upkeep. */
export const BuyScenarioSchema = z.object({
  candidateId: CandidateIdSchema,
  pricing: PricingSchema,
  /** Fixed fees a month on top of the pricing (support plan, platform fee). */
  monthlyFees: amount('the monthly fees'),
  /** One-off in month 1; starts from the follow-ups' integration estimate. */
  integrationWeeks: weeks('the integration effort'),
  /** Engineers who will operate the product, each ramping up for `rampUpWeeks`. */
  operators: engineers('the operators').check(z.int({ error: 'Operators must be a whole number' })),
  rampUpWeeks: num('the ramp-up weeks').check(
    z.gte(1, { error: 'Budget at least one week of ramp-up' }),
    z.lte(2, { error: 'Ramp-up is one to two weeks an operator' }),
  ),
  /** For Buy and wrap: the engineers' share kept on the wrapper (0 when bought as is). */
  wrapperShare: engineers('the wrapper upkeep'),
  /** What leaving would cost; shown beside the totals, never inside them. */
  exitCost: amount('the exit cost'),
});
export type BuyScenario = z.infer<typeof BuyScenarioSchema>;

export const CapacitySchema = z.object({
  /** Volume one unit (a GPU, a server) carries a month, in the volume's unit. */
  perUnit: bounded('the capacity per unit', MAX_VOLUME, 'The capacity per unit is over a trillion').check(
    z.gt(0, { error: 'A unit must carry some volume' }),
  ),
  unitMonthly: amount('the cost of a unit a month'),
});
export type Capacity = z.infer<typeof CapacitySchema>;

/** Building or self-hosting it (docs/domain.md#cost-model). */
export const BuildScenarioSchema = z.object({
  effortWeeks: weeks('the build effort'),
  /** D: months the build takes; 0 puts the whole effort in month 1. */
  durationMonths: bounded('the build duration', MONTHS, 'The build must finish within the 36 months').check(
    z.int({ error: 'Use whole months' }),
  ),
  hardwareCapex: amount('the hardware purchase'),
  /** Hosting, power and cooling a month, paid from month 1. */
  hostingMonthly: amount('the monthly hosting'),
  /** Null when no capacity unit scales with the volume. */
  capacity: z.nullable(CapacitySchema),
  /** MLOps and security staff, as a share of an engineer, from month 1. */
  mlopsShare: engineers('the MLOps and security share'),
  /** Permanent upkeep from month D + 1: at least a fifth of an engineer (node 5). */
  maintenanceShare: engineers('the maintenance').check(z.gte(0.2, { error: 'Maintenance takes at least 0.2 of an engineer' })),
});
export type BuildScenario = z.infer<typeof BuildScenarioSchema>;

export const CostInputsSchema = z.object({
  /** ISO 4217 code; one currency per decision. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'Use a three-letter currency code such as USD or EUR' })),
  /** One loaded cost per engineer-month, in minor units. */
  engineerMonth: amount('the engineer cost'),
  volume: VolumeSchema,
  buy: z.array(BuyScenarioSchema),
  build: BuildScenarioSchema,
});
export type CostInputs = z.infer<typeof CostInputsSchema>;
