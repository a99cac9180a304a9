import { FIT_VERDICTS, GAP_VERDICTS, type FitVerdict, type GapVerdict, type YesNo } from '../../domain/answers';
import { choiceLabel } from '../../domain/tree-edges';
import type { Choice } from '../../ui/select-field';

export const YES_NO: readonly Choice<YesNo>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Node 3's and node 4's answers, worded as the tree's edge table words them. */
export const FIT_CHOICES: readonly Choice<FitVerdict>[] = FIT_VERDICTS.map((value) => ({ value, label: choiceLabel('requirements', value) }));
export const GAP_VERDICT_CHOICES: readonly Choice<GapVerdict>[] = GAP_VERDICTS.map((value) => ({ value, label: choiceLabel('gaps', value) }));

export function labelOf<T extends string>(choices: readonly Choice<T>[], value: T): string {
  return choices.find((c) => c.value === value)?.label ?? value;
}

/**
 * The team's choice where the app suggests one: null means "follow the suggestion",
 * so the suggestion stays the default even as the data behind it changes.
 */
export function followOrOverride<T>(picked: T, suggested: T): T | null {
  return picked === suggested ? null : picked;
}
