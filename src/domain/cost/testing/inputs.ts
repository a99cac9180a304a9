import type { CandidateId } from '../../ids';
import type { BuildScenario, BuyScenario, CostInputs } from '../schemas';

export const CANDIDATE = 'cand_a' as CandidateId;

/** A bought candidate that costs nothing until a test gives it a price. */
export function buyScenario(patch: Partial<BuyScenario> = {}): BuyScenario {
  return {
    candidateId: CANDIDATE,
    pricing: { kind: 'per-request', price: 0 },
    monthlyFees: 0,
    integrationWeeks: 0,
    operators: 0,
    rampUpWeeks: 1,
    wrapperShare: 0,
    exitCost: 0,
    ...patch,
  };
}

/** A build that costs only the minimum maintenance until a test says more. */
export function buildScenario(patch: Partial<BuildScenario> = {}): BuildScenario {
  return {
    effortWeeks: 0,
    durationMonths: 0,
    hardwareCapex: 0,
    hostingMonthly: 0,
    capacity: null,
    mlopsShare: 0,
    maintenanceShare: 0.2,
    ...patch,
  };
}

/** $5,200 an engineer-month makes a week $1,200 (12/52 of a month): easy to check by hand. */
export function costInputs(patch: Partial<CostInputs> = {}): CostInputs {
  return {
    currency: 'USD',
    engineerMonth: 520_000,
    volume: { unit: 'requests', start: 1_000_000, growth: 0 },
    buy: [buyScenario()],
    build: buildScenario(),
    ...patch,
  };
}
