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

/**
 * Tokens per second per GPU × utilisation → the capacity of one unit, the units
 * the volume needs, and what a million tokens costs self-hosted. Null when the
 * GPU does no useful work (nothing to divide by).
 */
export function selfHosting(input: SelfHostingInput): SelfHosting | null {
  const perUnit = (input.tokensPerSecond * input.utilisation * SECONDS_PER_MONTH) / 1000;
  if (!(perUnit > 0) || !Number.isFinite(perUnit)) return null;
  return {
    perUnit: Math.floor(perUnit),
    unitsNeeded: Math.ceil(input.thousandTokensPerMonth / perUnit),
    costPerMillion: (input.gpuMonthly / perUnit) * 1000,
  };
}

/** An API's cost of a million tokens, from its blended price per 1,000 tokens. */
export function apiCostPerMillion(pricePerThousand: number): number {
  return pricePerThousand * 1000;
}
