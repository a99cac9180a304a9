import { assertNever } from '../assert-never';
import type { Decision } from '../decision';
import type { Outcome } from '../outcomes';

/** The title line's second half: the problem and what was found, as MADR asks. */
export function titleOf(componentName: string, decision: Decision): string {
  const chosen = decision.chosen;
  if (!chosen) return `${componentName}: build or buy (undecided)`;
  return `${componentName}: ${verbPhrase(chosen.outcome, chosen.label)}`;
}

function verbPhrase(outcome: Outcome, label: string): string {
  switch (outcome) {
    case 'buy':
      return `buy ${label}`;
    case 'buy-and-wrap':
      return `buy ${label} and wrap it`;
    case 'build':
      return 'build it ourselves';
    case 'find-another-vendor':
      return 'find another vendor';
    case 'secure-capacity-first':
      return 'secure capacity before building';
    case 'reject-candidate':
      return `reject ${label}`;
    default:
      return assertNever(outcome, 'outcome');
  }
}

/** What an outcome brings and what it costs, in MADR's "Good, because" / "Bad, because" form. */
export function consequencesOf(outcome: Outcome, label: string): { good: string[]; bad: string[] } {
  switch (outcome) {
    case 'buy':
      return {
        good: [`the team runs ${label} instead of building and maintaining the component`, 'it covers every must-have and enough of the should-haves'],
        bad: [`we depend on ${label}: keep an exit plan (how the data comes out, what the alternative would be)`, 'uncovered should-haves need workarounds for six to twelve months'],
      };
    case 'buy-and-wrap':
      return {
        good: [`${label} does the bulk of the work`, 'the core gaps are narrow: a thin layer of our own fills them'],
        bad: ['the wrapper is ours to maintain', `we depend on ${label}: keep an exit plan (how the data comes out, what the alternative would be)`],
      };
    case 'build':
      return {
        good: ['we control a component no vendor gives us as we need it', 'the team has the permanent capacity to maintain it'],
        bad: ['it takes at least a fifth of an engineer for good: monitoring, upgrades, incidents, on-call and tuning', 'building it delays other work'],
      };
    case 'find-another-vendor':
      return {
        good: ['we do not buy a product missing a whole category of function', 'we do not take on a system the team cannot maintain'],
        bad: ['the need stays open until another vendor is found'],
      };
    case 'secure-capacity-first':
      return {
        good: ['we do not start a build the team cannot keep running'],
        bad: ['we need to own this but cannot maintain it yet: buy the closest option or a thin integration layer now, and fund the permanent fifth of an engineer before building'],
      };
    case 'reject-candidate':
      return { good: [], bad: [`${label} misses a must-have`] };
    default:
      return assertNever(outcome, 'outcome');
  }
}
