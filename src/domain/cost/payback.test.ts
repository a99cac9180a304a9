import { describe, expect, it } from 'vitest';
import { paybackOf, paybackShort, paybackWords, type Payback } from './payback';

describe('payback', () => {
  it('is the first month build is no dearer after having been dearer', () => {
    expect(paybackOf([5, 9, 12], [3, 8, 12])).toEqual({ kind: 'month', month: 3 });
    expect(paybackOf([1, 2], [1, 3])).toEqual({ kind: 'from-start' });
    expect(paybackOf([5, 9], [3, 8])).toEqual({ kind: 'never' });
  });

  it('is said in words and in short', () => {
    const cases: Payback[] = [{ kind: 'from-start' }, { kind: 'month', month: 19 }, { kind: 'never' }];
    expect(cases.map((p) => [paybackWords(p), paybackShort(p)])).toEqual([
      ['Building is cheaper from the start', 'from the start'],
      ['Building pays back in month 19', 'month 19'],
      ['Building does not pay back within 36 months', 'not within 36 months'],
    ]);
  });
});
