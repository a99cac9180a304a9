import type { Answers, NodeId } from './answers';
import type { Candidate, Framing } from './framing';
import type { CandidateId } from './ids';
import type { Outcome } from './outcomes';
import type { OptionKey } from './session';

/** Why a decision-level route goes to node 5 without a candidate to buy. */
export type InHouseCause = 'differentiator' | 'no-mature-option' | 'all-rejected';

/** One candidate's way through nodes 2–4 (and 5 after a broad core gap). */
export interface CandidateRoute {
  readonly candidate: Candidate;
  readonly nodes: readonly NodeId[];
  /** Null while the candidate still waits for an answer. */
  readonly outcome: Outcome | null;
}

export interface InHouseRoute {
  readonly cause: InHouseCause;
  readonly outcome: 'build' | 'secure-capacity-first' | null;
}

export interface Walk {
  /** The nodes on the team's path, in order, ending with the first one still unanswered (if any). */
  readonly route: readonly NodeId[];
  /** The first node on the route without an answer, or null when every route has its outcome. */
  readonly pending: NodeId | null;
  readonly candidates: readonly CandidateRoute[];
  /** Present when the tree sends the decision itself (not a candidate) to node 5. */
  readonly inHouse: InHouseRoute | null;
}

/**
 * Follows the tree through the answers given so far. Pure: the same framing and
 * answers always give the same walk, so the map, the outcome and the record agree.
 */
export function walk(framing: Framing, answers: Answers): Walk {
  const route: NodeId[] = ['differentiator'];
  const paths = new Map<CandidateId, NodeId[]>();
  const outcomes = new Map<CandidateId, Outcome>();
  const stop = (pending: NodeId, inHouse: InHouseRoute | null = null): Walk =>
    finish(framing, route, pending, paths, outcomes, inHouse);

  const differentiator = answers.differentiator;
  if (!differentiator) return stop('differentiator');
  if (differentiator.answer === 'yes') {
    return maintenanceStep(framing, answers, route, paths, outcomes, 'differentiator');
  }

  route.push('maturity');
  // A candidate waiting at a node has it on its path, so candidatesAt() can name who is asked.
  for (const candidate of framing.candidates) paths.set(candidate.id, ['maturity']);
  const maturity = answers.maturity;
  if (!maturity) return stop('maturity');
  const mature: Candidate[] = [];
  for (const candidate of framing.candidates) {
    if (maturity.candidates[candidate.id]?.mature) mature.push(candidate);
    else outcomes.set(candidate.id, 'reject-candidate');
  }
  if (mature.length === 0) return maintenanceStep(framing, answers, route, paths, outcomes, 'no-mature-option');

  route.push('requirements');
  for (const candidate of mature) pathOf(paths, candidate.id).push('requirements');
  const fit = answers.requirements;
  if (!fit) return stop('requirements');
  const withGaps: Candidate[] = [];
  for (const candidate of mature) {
    const verdict = fit.candidates[candidate.id]?.verdict ?? 'must-have-missing';
    if (verdict === 'meets') outcomes.set(candidate.id, 'buy');
    else if (verdict === 'gaps') withGaps.push(candidate);
    else outcomes.set(candidate.id, 'reject-candidate');
  }
  if (withGaps.length === 0) {
    const anyLeft = mature.some((c) => outcomes.get(c.id) !== 'reject-candidate');
    if (anyLeft) return finish(framing, route, null, paths, outcomes, null);
    return maintenanceStep(framing, answers, route, paths, outcomes, 'all-rejected');
  }

  route.push('gaps');
  for (const candidate of withGaps) pathOf(paths, candidate.id).push('gaps');
  const gaps = answers.gaps;
  if (!gaps) return stop('gaps');
  const broad: Candidate[] = [];
  for (const candidate of withGaps) {
    const verdict = gaps.candidates[candidate.id]?.verdict ?? 'broad-core-gap';
    if (verdict === 'no-core-gap') outcomes.set(candidate.id, 'buy');
    else if (verdict === 'narrow-core-gaps') outcomes.set(candidate.id, 'buy-and-wrap');
    else broad.push(candidate);
  }
  if (broad.length === 0) return finish(framing, route, null, paths, outcomes, null);

  route.push('maintenance');
  for (const candidate of broad) pathOf(paths, candidate.id).push('maintenance');
  const maintenance = answers.maintenance;
  if (!maintenance) return stop('maintenance');
  for (const candidate of broad) {
    outcomes.set(candidate.id, maintenance.answer === 'yes' ? 'build' : 'find-another-vendor');
  }
  return finish(framing, route, null, paths, outcomes, null);
}

function maintenanceStep(
  framing: Framing,
  answers: Answers,
  route: NodeId[],
  paths: Map<CandidateId, NodeId[]>,
  outcomes: Map<CandidateId, Outcome>,
  cause: InHouseCause,
): Walk {
  route.push('maintenance');
  const maintenance = answers.maintenance;
  const outcome = maintenance ? (maintenance.answer === 'yes' ? 'build' : 'secure-capacity-first') : null;
  return finish(framing, route, maintenance ? null : 'maintenance', paths, outcomes, { cause, outcome });
}

function pathOf(paths: Map<CandidateId, NodeId[]>, id: CandidateId): NodeId[] {
  const path = paths.get(id);
  if (!path) throw new Error(`No path for candidate ${id}`);
  return path;
}

function finish(
  framing: Framing,
  route: readonly NodeId[],
  pending: NodeId | null,
  paths: ReadonlyMap<CandidateId, readonly NodeId[]>,
  outcomes: ReadonlyMap<CandidateId, Outcome>,
  inHouse: InHouseRoute | null,
): Walk {
  const candidates = framing.candidates.map((candidate) => ({
    candidate,
    nodes: paths.get(candidate.id) ?? [],
    outcome: outcomes.get(candidate.id) ?? null,
  }));
  return { route, pending, candidates, inHouse };
}

/** How the in-house option is named wherever options are listed. */
export const IN_HOUSE_LABEL = 'Build it ourselves';

/** Every option the team could adopt, with its outcome; rejected candidates are not options. */
export interface DecisionOption {
  readonly key: OptionKey;
  readonly outcome: Outcome;
  readonly label: string;
}

export function optionsOf(w: Walk): DecisionOption[] {
  const options: DecisionOption[] = [];
  for (const { candidate, outcome } of w.candidates) {
    if (outcome && outcome !== 'reject-candidate') {
      options.push({ key: { kind: 'candidate', candidateId: candidate.id }, outcome, label: candidate.name });
    }
  }
  if (w.inHouse?.outcome) options.push({ key: { kind: 'in-house' }, outcome: w.inHouse.outcome, label: IN_HOUSE_LABEL });
  return options;
}

export function sameOption(a: OptionKey, b: OptionKey): boolean {
  if (a.kind === 'in-house' || b.kind === 'in-house') return a.kind === b.kind;
  return a.candidateId === b.candidateId;
}
