import { assertNever } from './assert-never';

/** The six outcomes the tree can reach. */
export const OUTCOMES = [
  'buy',
  'buy-and-wrap',
  'build',
  'find-another-vendor',
  'secure-capacity-first',
  'reject-candidate',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_NAMES: Record<Outcome, string> = {
  buy: 'Buy',
  'buy-and-wrap': 'Buy and wrap',
  build: 'Build',
  'find-another-vendor': 'Find another vendor',
  'secure-capacity-first': 'Secure capacity first',
  'reject-candidate': 'Reject this candidate',
};

/**
 * Lower is better: buying what fits beats wrapping it, which beats the outcomes
 * that mean building or looking further; a rejected candidate is never proposed.
 */
export function outcomeRank(outcome: Outcome): number {
  switch (outcome) {
    case 'buy':
      return 0;
    case 'buy-and-wrap':
      return 1;
    case 'build':
    case 'find-another-vendor':
    case 'secure-capacity-first':
      return 2;
    case 'reject-candidate':
      return 3;
    default:
      return assertNever(outcome, 'outcome');
  }
}

