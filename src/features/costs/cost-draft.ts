import type { CandidateId } from '../../domain/ids';
import { minorDigits } from '../../domain/cost/format';
import { PRICING_KINDS, VOLUME_UNITS, type CostInputs, type PricingKind, type VolumeUnit } from '../../domain/cost/schemas';
import { BUILD_FIELDS, BUY_FIELDS, CAPACITY_FIELDS, PRICING_FIELDS, TOP_FIELDS, type FieldKind, type FieldSpec } from './cost-fields';

/** The form's own state: every number as typed, keyed by its path in CostInputs (`buy.0.pricing.price`). */
export interface CostDraft {
  readonly currency: string;
  readonly unit: VolumeUnit;
  readonly candidates: readonly CandidateId[];
  readonly pricing: readonly PricingKind[];
  readonly capacity: boolean;
  readonly text: Readonly<Record<string, string>>;
}

/** Where the one-off buy figures start when the follow-ups hold them. */
export interface DraftStart {
  readonly candidates: readonly CandidateId[];
  readonly integrationWeeks: number | null;
  readonly operators: number | null;
}

const clean = (n: number) => String(Number(n.toPrecision(12)));

function toText(value: number, kind: FieldKind, digits: number): string {
  switch (kind) {
    case 'money':
    case 'price':
      return clean(value / 10 ** digits);
    case 'percent':
      return clean(value * 100);
    case 'number':
    case 'whole':
      return clean(value);
  }
}

function fromText(text: string | undefined, kind: FieldKind, digits: number): number | undefined {
  const trimmed = (text ?? '').trim().replace(/[\s,_]/g, '');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return value;
  switch (kind) {
    case 'money':
      return Math.round(value * 10 ** digits);
    case 'price':
      return Number((value * 10 ** digits).toPrecision(12));
    case 'percent':
      return value / 100;
    case 'number':
    case 'whole':
      return value;
  }
}

const buyPath = (i: number) => `buy.${i}`;

/** A draft from stored inputs, or a fresh one whose one-off figures start from the follow-ups. */
export function draftOf(inputs: CostInputs | null, start: DraftStart): CostDraft {
  if (!inputs) {
    const text: Record<string, string> = { 'volume.growth': '0', 'build.durationMonths': '0', 'build.mlopsShare': '0', 'build.maintenanceShare': '0.2' };
    start.candidates.forEach((_, i) => {
      Object.assign(text, {
        [`${buyPath(i)}.monthlyFees`]: '0',
        [`${buyPath(i)}.integrationWeeks`]: start.integrationWeeks === null ? '' : String(start.integrationWeeks),
        [`${buyPath(i)}.operators`]: start.operators === null ? '' : String(start.operators),
        [`${buyPath(i)}.rampUpWeeks`]: '1',
        [`${buyPath(i)}.wrapperShare`]: '0',
        [`${buyPath(i)}.exitCost`]: '0',
      });
    });
    return { currency: 'USD', unit: 'requests', candidates: start.candidates, pricing: start.candidates.map(() => 'per-request'), capacity: false, text };
  }
  const digits = minorDigits(inputs.currency);
  const text: Record<string, string> = {};
  const put = (group: string, specs: readonly FieldSpec[], values: object) => {
    for (const spec of specs) {
      const value = lookup(values, spec.key);
      if (typeof value === 'number') text[group ? `${group}.${spec.key}` : spec.key] = toText(value, spec.kind, digits);
    }
  };
  put('', TOP_FIELDS, inputs);
  inputs.buy.forEach((b, i) => {
    put(`${buyPath(i)}.pricing`, PRICING_FIELDS[b.pricing.kind], b.pricing);
    put(buyPath(i), BUY_FIELDS, b);
  });
  put('build', BUILD_FIELDS, inputs.build);
  if (inputs.build.capacity) put('build.capacity', CAPACITY_FIELDS, inputs.build.capacity);
  return {
    currency: inputs.currency,
    unit: inputs.volume.unit,
    candidates: inputs.buy.map((b) => b.candidateId),
    pricing: inputs.buy.map((b) => b.pricing.kind),
    capacity: inputs.build.capacity !== null,
    text,
  };
}

function lookup(values: object, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined), values);
}

/** The draft as the shape CostInputsSchema checks: empty fields stay undefined, for "Enter …" at the field. */
export function rawInputs(draft: CostDraft): unknown {
  const currency = draft.currency.trim().toUpperCase();
  const digits = minorDigits(currency);
  const read = (group: string, specs: readonly FieldSpec[]) => {
    const out: Record<string, unknown> = {};
    for (const spec of specs) out[spec.key] = fromText(draft.text[group ? `${group}.${spec.key}` : spec.key], spec.kind, digits);
    return out;
  };
  const top = read('', TOP_FIELDS);
  return {
    currency,
    engineerMonth: top.engineerMonth,
    volume: { unit: draft.unit, start: top['volume.start'], growth: top['volume.growth'] },
    buy: draft.candidates.map((candidateId, i) => {
      const kind = draft.pricing[i] ?? 'per-request';
      return { candidateId, pricing: { kind, ...read(`${buyPath(i)}.pricing`, PRICING_FIELDS[kind]) }, ...read(buyPath(i), BUY_FIELDS) };
    }),
    build: { ...read('build', BUILD_FIELDS), capacity: draft.capacity ? read('build.capacity', CAPACITY_FIELDS) : null },
  };
}

export const isPricingKind = (value: string): value is PricingKind => (PRICING_KINDS as readonly string[]).includes(value);
export const isVolumeUnit = (value: string): value is VolumeUnit => (VOLUME_UNITS as readonly string[]).includes(value);
