import { describe, expect, it } from 'vitest';
import { emptyFraming, validateFraming } from '../../../domain/framing';
import { draftFromFraming, framingInput, newRequirement } from './framing-draft';

describe('framing draft', () => {
  it('turns non-numeric and blank capacity into messages at the capacity fields', () => {
    const draft = { ...draftFromFraming(emptyFraming('2026-03-01')), componentName: 'Vector store', engineers: 'five', spareEngineers: '' };
    const result = validateFraming(framingInput(draft));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error['capacity.engineers']).toMatch(/number/);
    expect(result.error['capacity.spareEngineers']).toMatch(/number/);
  });

  it('reports an unset requirement bucket as an error at that requirement', () => {
    const draft = {
      ...draftFromFraming(emptyFraming('2026-03-01')),
      componentName: 'Vector store',
      engineers: '5',
      systemsMaintained: '1',
      spareEngineers: '0.5',
      requirements: [{ ...newRequirement(), name: 'Hybrid search' }],
    };
    const result = validateFraming(framingInput(draft));
    expect(result.ok ? {} : result.error).toEqual({ 'requirements.0.bucket': expect.stringMatching(/must-have/) as unknown });
  });

  it('round-trips a submitted framing, splitting participants on commas', () => {
    const draft = {
      ...draftFromFraming(emptyFraming('2026-03-01')),
      componentName: 'Vector store',
      engineers: '12',
      systemsMaintained: '3',
      spareEngineers: '0.5',
      participants: 'Ana,  Ben , ',
    };
    const result = validateFraming(framingInput(draft));
    expect(result.ok && result.value.participants).toEqual(['Ana', 'Ben']);
    if (result.ok) expect(draftFromFraming(result.value).spareEngineers).toBe('0.5');
  });
});
