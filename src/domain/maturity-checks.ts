import type { MaturityChecks } from './answers';

/**
 * The four maturity checks of node 2, each worded once: `label` is the checkbox the
 * team ticks, `name` the phrase a sentence uses ("it lacks a public SLA"), so the
 * reasons, the Markdown, the comparison and the wizard say the same thing.
 */
export interface MaturityCheck {
  readonly key: keyof MaturityChecks;
  readonly label: string;
  readonly name: string;
}

export const MATURITY_CHECKS: readonly MaturityCheck[] = [
  { key: 'inProductionTwoYears', label: 'In production use for two years or more', name: 'two years or more in production' },
  { key: 'customersAtOurScale', label: 'Customers at your scale or larger', name: 'customers at our scale or larger' },
  { key: 'publicSla', label: 'A public SLA', name: 'a public SLA' },
  { key: 'provenFailureRecord', label: 'A track record with the failures you care about, confirmed by references', name: 'a track record with the failures we care about' },
];

/** The names of the checks that hold (`held`) or do not hold, in the table's order. */
export function checkNames(checks: MaturityChecks, held: boolean): string[] {
  return MATURITY_CHECKS.filter((check) => checks[check.key] === held).map((check) => check.name);
}
