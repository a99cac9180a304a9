import { describe, expect, it } from 'vitest';
import { byCodeUnit } from './code-unit-order';

describe('byCodeUnit', () => {
  it('sorts ISO timestamps in time order and equal strings as ties', () => {
    const moments = ['2026-11-30T10:00:00.000Z', '2025-01-02T00:00:00.000Z', '2026-02-01T23:59:59.999Z'];
    expect([...moments].sort(byCodeUnit)).toEqual(['2025-01-02T00:00:00.000Z', '2026-02-01T23:59:59.999Z', '2026-11-30T10:00:00.000Z']);
    expect(byCodeUnit('adr-7', 'adr-7')).toBe(0);
  });

  it('orders by code unit, capitals before lower case, whatever the locale', () => {
    expect(['b', 'B', 'a', 'A'].sort(byCodeUnit)).toEqual(['A', 'B', 'a', 'b']);
  });
});
