/**
 * Setup for the "ui" Vitest project (jsdom): jest-dom matchers, DOM cleanup
 * between tests, the browser APIs React Flow needs that jsdom lacks, and IndexedDB's
 * key ranges (fake-indexeddb's, like the factory the tests open storage with).
 * The ResizeObserver and DOMMatrixReadOnly stand-ins follow the React Flow
 * testing guide, so nodes get "measured" and edges render (wait for them with
 * findBy*). Real layout belongs in the Playwright tests.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { IDBKeyRange as FakeIDBKeyRange } from 'fake-indexeddb';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

/**
 * Reports the observed element as measured. Like a real ResizeObserver it
 * calls back after the current task's work (here: a microtask), not inside
 * observe(): React Flow observes nodes in a child effect, before its
 * container effect has registered the DOM node it measures against, so a
 * synchronous callback (as in the React Flow guide) is dropped and edges
 * never render.
 */
class ResizeObserverStub implements ResizeObserver {
  readonly #callback: ResizeObserverCallback;

  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }

  observe(target: Element): void {
    queueMicrotask(() => {
      this.#callback([{ target } as ResizeObserverEntry], this);
    });
  }

  unobserve(): void {}

  disconnect(): void {}
}

/** React Flow reads only the zoom (m22) from the viewport's CSS transform. */
class DOMMatrixReadOnlyStub {
  readonly m22: number;

  constructor(transform?: string) {
    const scale = /scale\(([\d.]+)\)/.exec(transform ?? '')?.[1];
    this.m22 = scale === undefined ? 1 : Number(scale);
  }
}

globalThis.ResizeObserver = ResizeObserverStub;
globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyStub as unknown as typeof DOMMatrixReadOnly;
// jsdom has no IndexedDB; the tests pass fake-indexeddb's factory to the store, whose key ranges (a browser global) come from the same package.
globalThis.IDBKeyRange = FakeIDBKeyRange;

// jsdom does no layout: give elements the size their inline style asks for
// (at least 1px, so React Flow treats nodes as measured).
Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: {
    configurable: true,
    get(this: HTMLElement) {
      return Number.parseFloat(this.style.height) || 1;
    },
  },
  offsetWidth: {
    configurable: true,
    get(this: HTMLElement) {
      return Number.parseFloat(this.style.width) || 1;
    },
  },
});

// jsdom's SVGElement lacks getBBox, which edge labels call.
Object.defineProperty(SVGElement.prototype, 'getBBox', {
  configurable: true,
  value: (): Pick<DOMRect, 'x' | 'y' | 'width' | 'height'> => ({ x: 0, y: 0, width: 0, height: 0 }),
});
