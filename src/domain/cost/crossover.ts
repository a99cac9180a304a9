import { analyseCosts, type CandidateCost } from './analysis';
import { formatVolume } from './format';
import { paybackWords } from './payback';
import type { CostInputs } from './schemas';
import { VOLUME_UNIT_NAMES } from './words';

/**
 * The model-layer crossover computed from the team's own cost figures (docs/domain.md#cost-model):
 * payback against the cheapest candidate bought, and the starting volume at which
 * owning and buying cost the same over three years. Null when there is nothing to compare.
 */
export function crossoverSentence(inputs: CostInputs): string | null {
  const analysis = analyseCosts(inputs);
  if (!analysis.ok) return null;
  const cheapest = analysis.value.candidates.reduce<CandidateCost | null>((best, c) => (best === null || c.totals.buy < best.totals.buy ? c : best), null);
  if (!cheapest) return null;
  const volume =
    cheapest.breakEven === null
      ? 'no starting volume up to a trillion a month makes owning and buying cost the same over three years'
      : `owning and buying cost the same over three years at a starting volume of ${formatVolume(cheapest.breakEven)} ${VOLUME_UNIT_NAMES[inputs.volume.unit]} a month`;
  return `From your three-year cost figures: ${paybackWords(cheapest.payback).toLowerCase()} against the cheapest option bought, and ${volume}.`;
}
