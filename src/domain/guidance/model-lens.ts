import type { Session } from '../session';
import type { ModelLens } from './schemas';

export const LENS_RECOMMENDATIONS = ['self-host', 'fine-tune', 'model-economics', 'buy-api'] as const;
export type LensRecommendation = (typeof LENS_RECOMMENDATIONS)[number];

export const LENS_NAMES: Record<LensRecommendation, string> = {
  'self-host': 'Self-host open-weight models',
  'fine-tune': 'Fine-tune a model on your data',
  'model-economics': 'Model the economics before choosing',
  'buy-api': 'Buy the API',
};

/** Below this many requests a month, owning inference rarely pays. */
export const CROSSOVER_REQUESTS = 50_000_000;
/** At this volume and a marginal cost above PAYBACK_COST, owning can pay back in about 18 months. */
export const PAYBACK_REQUESTS = 100_000_000;
export const PAYBACK_COST = 0.001;

export interface LensAdvice {
  readonly recommendation: LensRecommendation;
  readonly reasons: readonly string[];
}

/** The model-layer questions apply when the framing says the component is a model or inference service. */
export function lensApplies(session: Session): boolean {
  return session.framing.componentKind === 'model';
}

/** True while a model-layer session still owes the four questions before node 1. */
export function lensPending(session: Session): boolean {
  return lensApplies(session) && !session.modelLens;
}

/**
 * The model-layer recommendation (docs/domain.md#around-the-tree). A legal duty to keep data on-premises
 * decides first, since no API can meet it; then unique data, which only pays off
 * in a model trained on it; then the inference bill; otherwise buy.
 */
export function recommendLens(lens: ModelLens, crossover: string | null = null): LensAdvice {
  const reasons: string[] = [];
  if (lens.onPremData) reasons.push('Some of the data must legally stay on your premises, so a hosted API is ruled out: run open-weight models yourselves.');
  if (lens.uniqueData) {
    reasons.push(
      lens.modelIsDifferentiator
        ? 'You hold training data others cannot get, and the model is what sets you apart: fine-tuning on it is where the edge comes from.'
        : 'You hold training data others cannot get: fine-tuning on it can beat a general model, through a vendor’s fine-tuning service if hosting is not needed.',
    );
  }
  if (lens.inferenceTopCost) reasons.push(economicsReason(lens, crossover));
  if (!lens.modelIsDifferentiator) {
    reasons.push('The model itself is not what sets you apart: the lasting advantage is in what you build around a bought model.');
  } else if (!lens.uniqueData && !lens.onPremData) {
    reasons.push('You call the model your differentiator, but without data others cannot get, a model of your own gives you nothing a competitor cannot buy.');
  }
  const recommendation: LensRecommendation = lens.onPremData
    ? 'self-host'
    : lens.uniqueData
      ? 'fine-tune'
      : lens.inferenceTopCost
        ? 'model-economics'
        : 'buy-api';
  return { recommendation, reasons };
}

/**
 * What the monthly volume and cost per inference say about owning the model; once the
 * team has entered three-year cost figures, the crossover computed from them
 * (`crossoverSentence` in src/domain/cost/crossover.ts) takes the rule of thumb's place.
 */
export function economicsReason(lens: Pick<ModelLens, 'requestsPerMonth' | 'costPerRequest'>, crossover: string | null = null): string {
  const { requestsPerMonth: requests, costPerRequest: cost } = lens;
  const head = 'Inference is your largest operating cost, so work out the numbers before choosing. ';
  if (crossover) return `Inference is your largest operating cost. ${crossover}`;
  if (requests === null) {
    return `${head}The crossover where owning beats buying is usually above ${millions(CROSSOVER_REQUESTS)} requests a month.`;
  }
  if (requests < CROSSOVER_REQUESTS) {
    return `${head}At ${millions(requests)} requests a month you are below the usual crossover of ${millions(CROSSOVER_REQUESTS)}: the API most likely stays cheaper.`;
  }
  if (requests >= PAYBACK_REQUESTS && cost !== null && cost > PAYBACK_COST) {
    return `${head}At ${millions(requests)} requests a month and $${cost} an inference, owning can pay back within about 18 months.`;
  }
  return `${head}At ${millions(requests)} requests a month you are past the usual crossover of ${millions(CROSSOVER_REQUESTS)}; the payback depends on the cost per inference (above $${PAYBACK_COST} at ${millions(PAYBACK_REQUESTS)}+ a month, it can come within about 18 months).`;
}

function millions(n: number): string {
  return `${Math.round((n / 1_000_000) * 10) / 10}M`;
}
