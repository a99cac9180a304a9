import { describe, expect, it } from 'vitest';
import { endSentence, possessive } from './sentence';

describe('endSentence', () => {
  it('adds a full stop only where the text has no ending of its own', () => {
    expect(endSentence('  cannot buy them ')).toBe('cannot buy them.');
    expect(endSentence('cannot buy them.')).toBe('cannot buy them.');
    expect(endSentence('really?')).toBe('really?');
    expect(endSentence('as they said “no.”')).toBe('as they said “no.”');
    expect(endSentence('see (the SLA)')).toBe('see (the SLA).');
    expect(endSentence('   ')).toBe('');
  });
});

describe('possessive', () => {
  it('adds ’s, or only ’ after a final s', () => {
    expect(possessive('Acme')).toBe('Acme’s');
    expect(possessive('Acme Vectors')).toBe('Acme Vectors’');
  });
});
