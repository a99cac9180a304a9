import { describe, expect, it } from 'vitest';
import { costsAndLayer } from './v3-costs-and-layer';

describe('format step v3: cost inputs and the layer', () => {
  it('gives a v2 session no costs and the layer "other"', () => {
    expect(costsAndLayer({ id: 's', framing: { componentName: 'x' } })).toEqual({ id: 's', framing: { componentName: 'x', layer: 'other' }, costs: null });
  });

  it('keeps what a session already has, and leaves a malformed framing for the schema to refuse', () => {
    expect(costsAndLayer({ framing: { layer: 'harness' }, costs: { currency: 'EUR' } })).toEqual({ framing: { layer: 'harness' }, costs: { currency: 'EUR' } });
    expect(costsAndLayer({ framing: 'nonsense' })).toEqual({ framing: 'nonsense', costs: null });
  });
});
