import type { PricingKind } from '../../domain/cost/schemas';

/**
 * How each number on the cost form is typed and stored:
 * money and price in the currency's major units (stored in minor units; a price may keep a fraction of a cent),
 * percent as 5 for 5% (stored as 0.05), number and whole as typed.
 */
export type FieldKind = 'money' | 'price' | 'percent' | 'number' | 'whole';

export interface FieldSpec {
  /** The key under its group, e.g. `price` in `buy.0.pricing.price`. */
  readonly key: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly hint?: string;
}

export const TOP_FIELDS: readonly FieldSpec[] = [
  { key: 'engineerMonth', label: 'Loaded cost of one engineer a month', kind: 'money', hint: 'Salary, benefits, equipment and overhead.' },
  { key: 'volume.start', label: 'Starting volume a month', kind: 'number' },
  { key: 'volume.growth', label: 'Growth a month (%)', kind: 'percent', hint: '0 for a flat volume; negative for a decline.' },
];

export const PRICING_NAMES: Record<PricingKind, string> = {
  'per-request': 'Per request',
  'per-1k-tokens': 'Per 1,000 tokens (input and output prices)',
  'per-seat': 'Per seat',
  flat: 'Flat monthly price',
};

export const PRICING_FIELDS: Record<PricingKind, readonly FieldSpec[]> = {
  'per-request': [{ key: 'price', label: 'Price per request', kind: 'price' }],
  'per-1k-tokens': [
    { key: 'inputPrice', label: 'Input price per 1,000 tokens', kind: 'price' },
    { key: 'outputPrice', label: 'Output price per 1,000 tokens', kind: 'price' },
    { key: 'inputShare', label: 'Share of input tokens (%)', kind: 'percent' },
  ],
  'per-seat': [
    { key: 'seats', label: 'Seats', kind: 'whole' },
    { key: 'seatPrice', label: 'Price per seat a month', kind: 'money' },
  ],
  flat: [{ key: 'monthly', label: 'Price a month', kind: 'money' }],
};

export const BUY_FIELDS: readonly FieldSpec[] = [
  { key: 'monthlyFees', label: 'Other fees a month', kind: 'money', hint: 'Support plan, platform fee.' },
  { key: 'integrationWeeks', label: 'Integration (engineer-weeks, month 1)', kind: 'number' },
  { key: 'operators', label: 'Engineers who will operate it', kind: 'whole' },
  { key: 'rampUpWeeks', label: 'Ramp-up weeks each (1–2)', kind: 'number' },
  { key: 'wrapperShare', label: 'Wrapper upkeep (share of an engineer)', kind: 'number', hint: 'For Buy and wrap; 0 when bought as is.' },
  { key: 'exitCost', label: 'Exit cost (shown beside the totals)', kind: 'money' },
];

export const BUILD_FIELDS: readonly FieldSpec[] = [
  { key: 'effortWeeks', label: 'Build effort (engineer-weeks)', kind: 'number' },
  { key: 'durationMonths', label: 'Build duration (months)', kind: 'whole', hint: '0 puts the whole effort in month 1.' },
  { key: 'hardwareCapex', label: 'Hardware bought in month 1', kind: 'money' },
  { key: 'hostingMonthly', label: 'Hosting, power and cooling a month', kind: 'money' },
  { key: 'mlopsShare', label: 'MLOps and security staff (share of an engineer)', kind: 'number' },
  { key: 'maintenanceShare', label: 'Maintenance after the build (engineers, at least 0.2)', kind: 'number' },
];

export const CAPACITY_FIELDS: readonly FieldSpec[] = [
  { key: 'perUnit', label: 'Volume one unit carries a month', kind: 'number', hint: 'A GPU, a server: what it serves at a sustained load.' },
  { key: 'unitMonthly', label: 'Cost of one unit a month', kind: 'money' },
];
