import { describe, expect, it } from 'vitest';
import { scanKeys } from './prototype-keys';

describe('scanKeys', () => {
  it('passes plain data', () => {
    expect(scanKeys({ a: [1, 'two', { b: null }] })).toEqual({ kind: 'clean' });
  });

  it('reports the first key that could reach a prototype, with its path, in document order', () => {
    const raw: unknown = JSON.parse('{"a":[{"x":1},{"__proto__":{}}],"constructor":1}');
    expect(scanKeys(raw)).toEqual({ kind: 'prototype-key', path: ['a', 1, '__proto__'] });
  });

  it('stops once keys and strings exceed the limit', () => {
    expect(scanKeys({ text: 'x'.repeat(20) }, 10)).toEqual({ kind: 'too-large' });
    expect(scanKeys({ text: 'x'.repeat(5) }, 10)).toEqual({ kind: 'clean' });
  });
});
