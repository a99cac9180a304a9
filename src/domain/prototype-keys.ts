/** Own keys that could reach an object's prototype if some code ever copied them naively. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type KeyScan =
  | { readonly kind: 'clean' }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'too-deep' }
  | { readonly kind: 'prototype-key'; readonly path: readonly PropertyKey[] };

interface Visit {
  readonly value: unknown;
  readonly key: PropertyKey | null;
  readonly parent: Visit | null;
  readonly depth: number;
}

const pathOf = (visit: Visit): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (let v: Visit | null = visit; v && v.key !== null; v = v.parent) path.unshift(v.key);
  return path;
};

/**
 * One walk over untrusted data, in document order: finds the first key that could
 * reach a prototype, and stops early once keys and strings pass `maxChars` characters
 * (loading 10,000 stored rows makes a second walk cost ~0.2 s). Paths are built only
 * for the key it reports, so the walk stays cheap. Iterative, so no input can
 * overflow the stack; it stops at objects nested deeper than `maxDepth`, which no
 * recursive walker after it (zod, structuredClone, a renderer) should have to meet.
 */
export function scanKeys(value: unknown, maxChars = Number.POSITIVE_INFINITY, maxDepth = Number.POSITIVE_INFINITY): KeyScan {
  let total = 0;
  const stack: Visit[] = [{ value, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    if (typeof visit.key === 'string') {
      if (PROTOTYPE_KEYS.has(visit.key)) return { kind: 'prototype-key', path: pathOf(visit) };
      total += visit.key.length;
    }
    const v = visit.value;
    if (typeof v === 'string') total += v.length;
    else if (v && typeof v === 'object') {
      if (visit.depth >= maxDepth) return { kind: 'too-deep' };
      // Children go on the stack last-first, so they come off it in document order; no [key, value]
      // pair is made for each (reading a library or a folder of files walks hundreds of thousands of nodes).
      const depth = visit.depth + 1;
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: visit, depth });
      } else {
        const object = v as Record<string, unknown>;
        const keys = Object.keys(object);
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i] as string;
          stack.push({ value: object[key], key, parent: visit, depth });
        }
      }
    }
    if (total > maxChars) return { kind: 'too-large' };
  }
  return { kind: 'clean' };
}
