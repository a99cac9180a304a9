import * as z from 'zod/mini';
import { err, ok, type Result } from '../result';
import { fieldErrors } from '../zod-issues';
import { amount, bounded } from './limits';

/** Seconds in an average month (365.25 days ÷ 12). */
export const SECONDS_PER_MONTH = (365.25 * 24 * 3600) / 12;

export interface SelfHostingInput {
  /** Sustained output of one GPU, in tokens a second. */
  readonly tokensPerSecond: number;
  /** Share of the time the GPU does useful work, 0…1 (about 0.7 is typical). */
  readonly utilisation: number;
  /** What one GPU costs a month (rent, or purchase spread out, plus power), in minor units. */
  readonly gpuMonthly: number;
  /** Monthly volume to carry, in thousands of tokens. */
  readonly thousandTokensPerMonth: number;
}

export interface SelfHosting {
  /** Thousands of tokens one GPU carries a month: the build scenario's capacity per unit. */
  readonly perUnit: number;
  readonly unitsNeeded: number;
  /** Self-hosted cost of a million tokens, in minor units, at full use of the units bought. */
  readonly costPerMillion: number;
}

/** Past this a GPU's figure is a typo: today's fastest serve thousands of tokens a second, not millions. */
export const MAX_TOKENS_PER_SECOND = 1e7;

/** The helper's own figures as the user types them (utilisation 0…1, the GPU in minor units), each with a message at its field. */
export const SelfHostingFiguresSchema = z.object({
  tokensPerSecond: bounded('the tokens a second', MAX_TOKENS_PER_SECOND, 'Over ten million tokens a second per GPU: a typo?').check(
    z.gt(0, { error: 'A GPU must serve some tokens a second' }),
  ),
  utilisation: bounded('the utilisation', 1, 'Utilisation is at most 100%').check(z.gt(0, { error: 'Utilisation must be above 0%' })),
  gpuMonthly: amount('the cost of one GPU a month'),
});
export type SelfHostingFigures = z.infer<typeof SelfHostingFiguresSchema>;

/** The figures, or one message per field (`tokensPerSecond`, `utilisation`, `gpuMonthly`). */
export function parseSelfHostingFigures(input: unknown): Result<SelfHostingFigures, Record<string, string>> {
  const parsed = SelfHostingFiguresSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(fieldErrors(parsed.error.issues));
}

/**
 * Tokens per second per GPU × utilisation → the capacity of one unit, the units
 * the volume needs, and what a million tokens costs self-hosted. Null when the
 * GPU does no useful work, or any figure would not be a finite number.
 */
export function selfHosting(input: SelfHostingInput): SelfHosting | null {
  const perUnit = (input.tokensPerSecond * input.utilisation * SECONDS_PER_MONTH) / 1000;
  const result = {
    perUnit: Math.floor(perUnit),
    unitsNeeded: Math.ceil(input.thousandTokensPerMonth / perUnit),
    costPerMillion: (input.gpuMonthly / perUnit) * 1000,
  };
  // Below one thousand tokens a month a GPU carries nothing the build could count on; and no figure may reach the screen as Infinity or NaN.
  return result.perUnit >= 1 && Object.values(result).every(Number.isFinite) ? result : null;
}

/** An API's cost of a million tokens, from its blended price per 1,000 tokens. */
export function apiCostPerMillion(pricePerThousand: number): number {
  return pricePerThousand * 1000;
}
