import { describe, expect, it } from 'vitest';
import { textHash } from './adr/text-hash';
import { stringHashWords } from './string-hash';

describe('the string hash behind repaired ids and text fingerprints', () => {
  it('gives the values written before it was shared (ids and fingerprints already stored must still match)', () => {
    expect(textHash('Forkpoint')).toBe('96f5038c96025688');
    expect(textHash('')).toBe('488bdcb81aee8d83');
    const [low, high] = stringHashWords('cand one');
    expect(4294967296 * (2097151 & high) + low).toBe(7367717434378205);
  });
});
