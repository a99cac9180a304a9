import type { FitVerdict, GapVerdict, YesNo } from './answers';
import type { Framing } from './framing';
import type { Session } from './session';
import { TREE } from './tree';

/** A place where the team went against the app's suggestion, and why (docs/domain.md#the-tree: the record keeps the reason). */
export interface Override {
  readonly nodeNumber: number;
  readonly nodeTitle: string;
  /** The candidate it concerns; absent for node 5, answered once per decision. */
  readonly candidate?: string;
  readonly suggested: string;
  readonly answered: string;
  readonly reason: string;
}

const FIT: Record<FitVerdict, string> = { meets: 'meets 80% or more', gaps: 'has gaps', 'must-have-missing': 'misses a must-have' };
const GAPS: Record<GapVerdict, string> = { 'no-core-gap': 'no core gap', 'narrow-core-gaps': 'narrow core gaps', 'broad-core-gap': 'a broad core gap' };
const MATURE = (mature: boolean) => (mature ? 'mature' : 'not mature');
const YES_NO: Record<YesNo, string> = { yes: 'yes', no: 'no' };

/** Every override in the session, in the tree's order, candidates in the framing's order. */
export function overridesOf(session: Session): Override[] {
  const { framing, answers } = session;
  const out: Override[] = [];
  const perCandidate = <T extends { overrideReason: string }>(
    node: 'maturity' | 'requirements' | 'gaps',
    given: Readonly<Partial<Record<string, T>>> | undefined,
    differs: (value: T) => readonly [string, string] | null,
  ) => {
    for (const candidate of framing.candidates) {
      const value = given?.[candidate.id];
      const pair = value ? differs(value) : null;
      if (value && pair) out.push({ nodeNumber: TREE[node].number, nodeTitle: TREE[node].title, candidate: candidateLabel(framing, candidate.id), suggested: pair[0], answered: pair[1], reason: value.overrideReason.trim() });
    }
  };
  perCandidate('maturity', answers.maturity?.candidates, (v) => (v.mature === v.suggested ? null : [MATURE(v.suggested), MATURE(v.mature)]));
  perCandidate('requirements', answers.requirements?.candidates, (v) => (v.verdict === v.suggested ? null : [FIT[v.suggested], FIT[v.verdict]]));
  perCandidate('gaps', answers.gaps?.candidates, (v) => (v.verdict === v.suggested ? null : [GAPS[v.suggested], GAPS[v.verdict]]));
  const maintenance = answers.maintenance;
  if (maintenance && maintenance.answer !== maintenance.suggested) {
    out.push({ nodeNumber: TREE.maintenance.number, nodeTitle: TREE.maintenance.title, suggested: YES_NO[maintenance.suggested], answered: YES_NO[maintenance.answer], reason: maintenance.overrideReason.trim() });
  }
  return out;
}

function candidateLabel(framing: Framing, id: string): string {
  return framing.candidates.find((c) => c.id === id)?.name ?? id;
}
