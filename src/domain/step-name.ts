import { assertNever } from './assert-never';
import type { Step } from './session';
import { TREE } from './tree';

/** What a step is called where the app lists it: "Framing", "3. Meets 80%?", "Outcome". */
export function stepName(step: Step): string {
  switch (step) {
    case 'framing':
      return 'Framing';
    case 'outcome':
      return 'Outcome';
    case 'differentiator':
    case 'maturity':
    case 'requirements':
    case 'gaps':
    case 'maintenance':
      return `${TREE[step].number}. ${TREE[step].title}`;
    default:
      return assertNever(step, 'step');
  }
}
