import type { FitVerdict, GapVerdict, YesNo } from '../../domain/answers';
import type { Bucket } from '../../domain/framing';
import type { Choice } from '../../ui/select-field';

export const YES_NO: readonly Choice<YesNo>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export const FIT_CHOICES: readonly Choice<FitVerdict>[] = [
  { value: 'meets', label: '80% or more' },
  { value: 'gaps', label: 'Gaps to classify' },
  { value: 'must-have-missing', label: 'Must-have missing' },
];

export const GAP_VERDICT_CHOICES: readonly Choice<GapVerdict>[] = [
  { value: 'no-core-gap', label: 'No core gap' },
  { value: 'narrow-core-gaps', label: 'Narrow core gaps' },
  { value: 'broad-core-gap', label: 'Broad core gap' },
];

export const BUCKET_NAMES: Record<Bucket, string> = { must: 'Must-have', should: 'Should-have', nice: 'Nice-to-have' };

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
