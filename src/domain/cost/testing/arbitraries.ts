import fc from 'fast-check';
import type { CostInputs, Pricing } from '../schemas';
import { buildScenario, buyScenario, costInputs } from './inputs';

const cents = (max: number) => fc.integer({ min: 0, max });

const pricingArb: fc.Arbitrary<Pricing> = fc.oneof(
  fc.record({ kind: fc.constant('per-request' as const), price: fc.double({ min: 0, max: 50, noNaN: true }) }),
  fc.record({ kind: fc.constant('flat' as const), monthly: cents(5_000_000) }),
);

/** Inputs in realistic ranges; `growth: false` holds the volume flat. */
export function costInputsArb({ growth = true }: { growth?: boolean } = {}): fc.Arbitrary<CostInputs> {
  return fc
    .record({
      engineerMonth: cents(3_000_000),
      start: fc.integer({ min: 0, max: 50_000_000 }),
      growth: growth ? fc.double({ min: -0.2, max: 0.2, noNaN: true }).map((n) => n + 0) : fc.constant(0),
      pricing: pricingArb,
      fees: cents(1_000_000),
      integrationWeeks: fc.integer({ min: 0, max: 20 }),
      wrapperShare: fc.double({ min: 0, max: 2, noNaN: true }),
      effortWeeks: fc.integer({ min: 0, max: 300 }),
      durationMonths: fc.integer({ min: 0, max: 36 }),
      capex: cents(100_000_000),
      hosting: cents(2_000_000),
      capacity: fc.option(fc.record({ perUnit: fc.integer({ min: 1, max: 10_000_000 }), unitMonthly: cents(1_000_000) }), { nil: null }),
      maintenanceShare: fc.double({ min: 0.2, max: 3, noNaN: true }),
    })
    .map((a) =>
      costInputs({
        engineerMonth: a.engineerMonth,
        volume: { unit: 'requests', start: a.start, growth: a.growth },
        buy: [buyScenario({ pricing: a.pricing, monthlyFees: a.fees, integrationWeeks: a.integrationWeeks, wrapperShare: a.wrapperShare })],
        build: buildScenario({
          effortWeeks: a.effortWeeks,
          durationMonths: a.durationMonths,
          hardwareCapex: a.capex,
          hostingMonthly: a.hosting,
          capacity: a.capacity,
          maintenanceShare: a.maintenanceShare,
        }),
      }),
    );
}
