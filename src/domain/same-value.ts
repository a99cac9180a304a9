import { byCodeUnit } from './code-unit-order';

/** JSON with sorted keys, so two values that mean the same give the same text. Keys sort by code unit: any fixed order will do, and it needs no collation. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => byCodeUnit(a, b)))
      : v,
  );
}

/** True when two plain data values hold the same content, whatever the order of their keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}
