import type { Coverage, FitVerdict, GapRating, GapVerdict, MaturityChecks, YesNo } from './answers';
import type { Capacity, Requirement } from './framing';
import type { RequirementId } from './ids';

/** Node 2: a candidate is mature only when all four checks hold. */
export function suggestMaturity(checks: MaturityChecks): boolean {
  return checks.inProductionTwoYears && checks.customersAtOurScale && checks.publicSla && checks.provenFailureRecord;
}

export const SHOULD_HAVE_THRESHOLD = 0.8;

export interface FitAssessment {
  readonly suggested: FitVerdict;
  /** Must-haves not fully covered: any one of them rejects the candidate (rule 1). */
  readonly missingMustHaves: readonly RequirementId[];
  /** Share of should-haves covered, a partial one counting half; 1 when there are none. */
  readonly shouldHaveScore: number;
  /** Should-haves not fully covered: what node 4 classifies. */
  readonly gaps: readonly RequirementId[];
}

const COVERAGE_WEIGHT: Record<Coverage, number> = { covered: 1, partial: 0.5, missing: 0 };

/** Node 3, applying the rules in the tree's order. An unmarked requirement counts as not covered. */
export function assessFit(
  requirements: readonly Requirement[],
  coverage: Readonly<Record<string, Coverage>>,
): FitAssessment {
  const coverageOf = (r: Requirement): Coverage => coverage[r.id] ?? 'missing';
  const missingMustHaves = requirements.filter((r) => r.bucket === 'must' && coverageOf(r) !== 'covered').map((r) => r.id);
  const shouldHaves = requirements.filter((r) => r.bucket === 'should');
  const gaps = shouldHaves.filter((r) => coverageOf(r) !== 'covered').map((r) => r.id);
  const shouldHaveScore =
    shouldHaves.length === 0
      ? 1
      : shouldHaves.reduce((sum, r) => sum + COVERAGE_WEIGHT[coverageOf(r)], 0) / shouldHaves.length;
  const suggested: FitVerdict =
    missingMustHaves.length > 0 ? 'must-have-missing' : shouldHaveScore >= SHOULD_HAVE_THRESHOLD ? 'meets' : 'gaps';
  return { suggested, missingMustHaves, shouldHaveScore, gaps };
}

/** Node 4: no core gap → buy; core gaps all narrow → buy and wrap; any broad core gap → build or look further. */
export function suggestGapVerdict(ratings: readonly GapRating[]): GapVerdict {
  const core = ratings.filter((r) => r.kind === 'core');
  if (core.length === 0) return 'no-core-gap';
  return core.some((r) => r.breadth === 'broad') ? 'broad-core-gap' : 'narrow-core-gaps';
}

/** The permanent share of one engineer that maintaining a built system takes, at the least. */
export const MAINTENANCE_SHARE = 0.2;
/** Below this many engineers the answer is almost always no for anything beyond a thin layer. */
export const SMALL_TEAM = 10;

export interface MaintenanceSuggestion {
  readonly suggested: YesNo;
  readonly reasons: readonly string[];
}

/** Node 5: can the team give 20% of one engineer to this system for good? */
export function suggestMaintenance(capacity: Capacity): MaintenanceSuggestion {
  const reasons: string[] = [];
  const { engineers, systemsMaintained, spareEngineers } = capacity;
  if (spareEngineers < MAINTENANCE_SHARE) {
    reasons.push(
      `The team has ${formatEngineers(spareEngineers)} of spare capacity; keeping this system running takes at least ${formatEngineers(MAINTENANCE_SHARE)}, permanently.`,
    );
  }
  if (engineers < SMALL_TEAM) {
    reasons.push(
      `With ${engineers} engineer${engineers === 1 ? '' : 's'} in all (fewer than ${SMALL_TEAM}), owning anything beyond a thin integration layer rarely holds.`,
    );
  }
  if (engineers > 0 && systemsMaintained / engineers >= 1) {
    reasons.push(`Each engineer already carries ${(systemsMaintained / engineers).toFixed(1)} production systems.`);
  }
  if (reasons.length > 0) return { suggested: 'no', reasons };
  return {
    suggested: 'yes',
    reasons: [
      `${formatEngineers(spareEngineers)} of spare capacity across ${engineers} engineers covers the ${formatEngineers(MAINTENANCE_SHARE)} this system needs for good.`,
    ],
  };
}

export function formatEngineers(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return `${rounded} engineer${rounded === 1 ? '' : 's'}`;
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
