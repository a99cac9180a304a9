import { describe, expect, it } from 'vitest';
import { adoptionReason } from './v6-adoption-reason';

describe('format step v6: why the team adopted another option', () => {
  it('gives a v5 session an empty reason and keeps one already there', () => {
    expect(adoptionReason({ id: 's', adopted: null })).toEqual({ id: 's', adopted: null, adoptionReason: '' });
    expect(adoptionReason({ adoptionReason: 'Cheaper to run' })).toEqual({ adoptionReason: 'Cheaper to run' });
  });
});
