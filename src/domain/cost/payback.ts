import { assertNever } from '../assert-never';

/** When building catches up with buying (docs/domain.md#cost-model). */
export type Payback =
  | { readonly kind: 'from-start' }
  | { readonly kind: 'month'; readonly month: number }
  | { readonly kind: 'never' };

/**
 * The first month in which cumulative build ≤ cumulative buy after having been
 * above it; "from the start" when build is already no dearer in month 1.
 */
export function paybackOf(buildCumulative: readonly number[], buyCumulative: readonly number[]): Payback {
  const index = buildCumulative.findIndex((build, i) => build <= (buyCumulative[i] ?? Number.POSITIVE_INFINITY));
  if (index === -1) return { kind: 'never' };
  return index === 0 ? { kind: 'from-start' } : { kind: 'month', month: index + 1 };
}

export function paybackWords(payback: Payback): string {
  switch (payback.kind) {
    case 'from-start':
      return 'Building is cheaper from the start';
    case 'month':
      return `Building pays back in month ${payback.month}`;
    case 'never':
      return 'Building does not pay back within 36 months';
    default:
      return assertNever(payback, 'payback');
  }
}

/** Short form for tables: "month 19", "from the start", "not within 36 months". */
export function paybackShort(payback: Payback): string {
  switch (payback.kind) {
    case 'from-start':
      return 'from the start';
    case 'month':
      return `month ${payback.month}`;
    case 'never':
      return 'not within 36 months';
    default:
      return assertNever(payback, 'payback');
  }
}
