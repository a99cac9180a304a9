import { MONTHS } from './limits';
import type { Volume } from './schemas';

/** V(m) = V1 × (1 + g)^(m−1), for month m = 1…36. */
export function volumeAt(volume: Pick<Volume, 'start' | 'growth'>, month: number): number {
  return volume.start * (1 + volume.growth) ** (month - 1);
}

/** The months of the model, 1…36. */
export const MONTH_NUMBERS: readonly number[] = Array.from({ length: MONTHS }, (_, i) => i + 1);

/**
 * Units of capacity needed to carry a volume. The relative tolerance keeps a
 * volume that floating point left a hair above a whole multiple from buying a unit it does not need.
 */
export function unitsNeeded(volume: number, perUnit: number): number {
  const exact = volume / perUnit;
  return Math.max(0, Math.ceil(exact - exact * 1e-12));
}
