import { describe, expect, it } from 'vitest';
import { splitLinks } from './safe-links';

describe('splitLinks', () => {
  it('turns http(s) and mailto into links and leaves the rest as text', () => {
    expect(splitLinks('See https://example.com/a?b=1, or mail mailto:team@example.com.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { kind: 'text', text: ', or mail ' },
      { kind: 'link', text: 'mailto:team@example.com', href: 'mailto:team@example.com' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never makes a link of javascript: or data: URLs', () => {
    expect(splitLinks('javascript:alert(1) data:text/html,<b>x</b>')).toEqual([{ kind: 'text', text: 'javascript:alert(1) data:text/html,<b>x</b>' }]);
  });

  it('takes a text that is only a link as one link', () => {
    expect(splitLinks('https://a.example/x')).toEqual([{ kind: 'link', text: 'https://a.example/x', href: 'https://a.example/x' }]);
  });

  it('leaves an address that is not a valid URL as text', () => {
    expect(splitLinks('http://[broken')).toEqual([{ kind: 'text', text: 'http://[broken' }]);
  });
});
