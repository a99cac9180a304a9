import { describe, expect, it } from 'vitest';
import { NODE_IDS } from '../../domain/answers';
import { TREE } from '../../domain/tree';
import { buildFlow } from './build-flow';
import { SESSIONS } from './testing/sessions';
import { toSvg, wrap } from './to-svg';

describe('toSvg', () => {
  const svg = toSvg(buildFlow(SESSIONS.buy()), 'Decision map: Vector store', ['Question 1, Core differentiator? — No']);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');

  it('is a well-formed SVG document', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.nodeName).toBe('svg');
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  });

  it('contains every question text and the path in words', () => {
    const text = doc.documentElement.textContent ?? '';
    for (const node of NODE_IDS) expect(text).toContain(TREE[node].question);
    expect(text).toContain('1. Question 1, Core differentiator? — No');
  });

  it('draws the lit edges thick with an arrow and the others dashed', () => {
    const lit = [...doc.querySelectorAll('[data-lit="true"]')].map((g) => g.getAttribute('data-edge')).sort();
    expect(lit).toEqual(['differentiator-to-maturity', 'maturity-to-requirements', 'requirements-to-buy']);
    for (const g of doc.querySelectorAll('[data-lit="false"] path')) expect(g.getAttribute('stroke-dasharray')).not.toBeNull();
    for (const g of doc.querySelectorAll('[data-lit="true"] path')) expect(g.getAttribute('marker-end')).toBe('url(#arrow)');
  });

  it('escapes text from the team', () => {
    const odd = toSvg(buildFlow(SESSIONS.fresh()), 'Decision map: <R&D> "store"', []);
    expect(new DOMParser().parseFromString(odd, 'image/svg+xml').querySelector('title')?.textContent).toBe('Decision map: <R&D> "store"');
  });
});

describe('wrap', () => {
  it('breaks at word boundaries within the width', () => {
    expect(wrap('Is this component a core differentiator for your product?', 34)).toEqual([
      'Is this component a core',
      'differentiator for your product?',
    ]);
  });
});
