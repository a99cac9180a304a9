import { describe, expect, it } from 'vitest';
import { descriptionHint, validateFraming } from './framing';
import { framing } from './testing/sessions';

describe('description hint', () => {
  it.each(['', 'we need a vector database', 'A vector DB', 'We want an LLM gateway'])('warns on %j', (text) => {
    expect(descriptionHint(text)).not.toBeNull();
  });

  it('accepts a description of what the component does here', () => {
    expect(descriptionHint(framing().description)).toBeNull();
  });
});

describe('validateFraming', () => {
  it('returns the parsed framing with trimmed names', () => {
    const result = validateFraming({ ...framing(), componentName: '  Vector store  ' });
    expect(result.ok && result.value.componentName).toBe('Vector store');
  });

  it('keeps one message per field', () => {
    const result = validateFraming({ ...framing(), date: 'next week', componentName: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error).sort()).toEqual(['componentName', 'date']);
  });
});
