import { assertNever } from '../assert-never';
import { err, ok, type Result } from '../result';
import { cumulative } from './money';
import { paybackOf, type Payback } from './payback';
import { buildMonthly, buyMonthly } from './scenarios';
import type { BuyScenario, CostInputs, Pricing } from './schemas';
import { TOO_LARGE } from './analysis';

export const SENSITIVITY_CASES = [
  { label: 'Volume ×0.5', input: 'volume', factor: 0.5 },
  { label: 'Volume ×2', input: 'volume', factor: 2 },
  { label: 'Price ×0.5', input: 'price', factor: 0.5 },
  { label: 'Price ×2', input: 'price', factor: 2 },
  { label: 'Engineer cost ×0.75', input: 'engineer', factor: 0.75 },
  { label: 'Engineer cost ×1.5', input: 'engineer', factor: 1.5 },
] as const;
export type SensitivityCase = (typeof SENSITIVITY_CASES)[number];

export interface SensitivityRow {
  readonly label: string;
  /** An error when the changed figures are too large to count exactly. */
  readonly outcome: Result<{ readonly payback: Payback; readonly saving: number }, string>;
}

/**
 * How the payback month and the 36-month saving (buy total − build total) move when
 * one input changes (docs/domain.md#cost-model): volume ×0.5/×2, unit price ×0.5/×2, engineer cost ×0.75/×1.5.
 */
export function sensitivity(inputs: CostInputs, buy: BuyScenario): SensitivityRow[] {
  return SENSITIVITY_CASES.map((c) => ({ label: c.label, outcome: outcomeOf(...vary(inputs, buy, c)) }));
}

function outcomeOf(inputs: CostInputs, buy: BuyScenario): SensitivityRow['outcome'] {
  const build = cumulative(buildMonthly(inputs));
  const bought = cumulative(buyMonthly(inputs, buy));
  const saving = (bought.at(-1) ?? 0) - (build.at(-1) ?? 0);
  if (![...build, ...bought, saving].every(Number.isSafeInteger)) return err(TOO_LARGE);
  return ok({ payback: paybackOf(build, bought), saving });
}

function vary(inputs: CostInputs, buy: BuyScenario, c: SensitivityCase): [CostInputs, BuyScenario] {
  switch (c.input) {
    case 'volume':
      return [{ ...inputs, volume: { ...inputs.volume, start: inputs.volume.start * c.factor } }, buy];
    case 'price':
      return [inputs, { ...buy, pricing: scalePrice(buy.pricing, c.factor) }];
    case 'engineer':
      return [{ ...inputs, engineerMonth: Math.round(inputs.engineerMonth * c.factor) }, buy];
    default:
      return assertNever(c, 'sensitivity case');
  }
}

/** The pricing model's own prices times a factor; fees on top are left alone. */
export function scalePrice(pricing: Pricing, factor: number): Pricing {
  switch (pricing.kind) {
    case 'per-request':
      return { ...pricing, price: pricing.price * factor };
    case 'per-1k-tokens':
      return { ...pricing, inputPrice: pricing.inputPrice * factor, outputPrice: pricing.outputPrice * factor };
    case 'per-seat':
      return { ...pricing, seatPrice: Math.round(pricing.seatPrice * factor) };
    case 'flat':
      return { ...pricing, monthly: Math.round(pricing.monthly * factor) };
    default:
      return assertNever(pricing, 'pricing');
  }
}
