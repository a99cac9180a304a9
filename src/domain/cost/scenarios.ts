import { assertNever } from '../assert-never';
import { MONTHS_PER_WEEK, roundMinor } from './money';
import type { BuildScenario, BuyScenario, CostInputs, Pricing } from './schemas';
import { MONTH_NUMBERS, unitsNeeded, volumeAt } from './volume';

/** What one unit of volume costs under a pricing model (0 for seats and flat prices). */
export function pricePerUnit(pricing: Pricing): number {
  switch (pricing.kind) {
    case 'per-request':
      return pricing.price;
    case 'per-1k-tokens':
      return pricing.inputShare * pricing.inputPrice + (1 - pricing.inputShare) * pricing.outputPrice;
    case 'per-seat':
    case 'flat':
      return 0;
    default:
      return assertNever(pricing, 'pricing');
  }
}

/** The part of the price that does not follow the volume. */
function fixedPerMonth(pricing: Pricing): number {
  switch (pricing.kind) {
    case 'per-request':
    case 'per-1k-tokens':
      return 0;
    case 'per-seat':
      return pricing.seats * pricing.seatPrice;
    case 'flat':
      return pricing.monthly;
    default:
      return assertNever(pricing, 'pricing');
  }
}

/** Buying one candidate: what each of the 36 months costs, rounded (docs/domain.md#cost-model). */
export function buyMonthly(inputs: CostInputs, buy: BuyScenario): number[] {
  const engineer = inputs.engineerMonth;
  const oneOff = (buy.integrationWeeks + buy.operators * buy.rampUpWeeks) * MONTHS_PER_WEEK * engineer;
  const fixed = fixedPerMonth(buy.pricing) + buy.monthlyFees + buy.wrapperShare * engineer;
  const unit = pricePerUnit(buy.pricing);
  return MONTH_NUMBERS.map((m) => roundMinor(volumeAt(inputs.volume, m) * unit + fixed + (m === 1 ? oneOff : 0)));
}

/** Building or self-hosting: what each of the 36 months costs, rounded (docs/domain.md#cost-model). */
export function buildMonthly(inputs: CostInputs, build: BuildScenario = inputs.build): number[] {
  const engineer = inputs.engineerMonth;
  const effort = build.effortWeeks * MONTHS_PER_WEEK * engineer;
  const buildMonths = Math.max(1, build.durationMonths);
  const staff = build.mlopsShare * engineer;
  const maintenance = build.maintenanceShare * engineer;
  return MONTH_NUMBERS.map((m) => {
    const capacity = build.capacity ? unitsNeeded(volumeAt(inputs.volume, m), build.capacity.perUnit) * build.capacity.unitMonthly : 0;
    const effortNow = m <= buildMonths ? effort / buildMonths : 0;
    const maintenanceNow = m > build.durationMonths ? maintenance : 0;
    return roundMinor(effortNow + (m === 1 ? build.hardwareCapex : 0) + build.hostingMonthly + capacity + staff + maintenanceNow);
  });
}
