import type { RawObject } from '../format-step';

const isObject = (value: unknown): value is RawObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v2 → v3. Sessions saved before the three-year cost and the portfolio existed
 * have no cost inputs and no layer: no costs entered (null), and the layer
 * "other", since nobody said which layer the component belongs to.
 */
export function costsAndLayer(session: RawObject): RawObject {
  const framing = isObject(session.framing) && session.framing.layer === undefined ? { ...session.framing, layer: 'other' } : session.framing;
  return { ...session, framing, costs: session.costs === undefined ? null : session.costs };
}
