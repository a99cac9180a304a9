import { describe, expect, it } from 'vitest';
import { formatMoney, formatPrice, minorDigits } from './format';

describe('money formatting', () => {
  it('reads minor units in the currency’s own digits', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(formatMoney(1_234_567, 'USD')).toBe('$12,346');
    expect(formatMoney(1_234_567, 'USD', { exact: true })).toBe('$12,345.67');
    expect(formatMoney(1_234_567, 'JPY')).toBe('¥1,234,567');
    expect(formatPrice(0.2, 'USD')).toBe('$0.002');
  });
});
