/** Digits after the decimal point in a currency's minor unit (2 for USD, 0 for JPY). */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** An amount in minor units, formatted in the decision's currency with whole major units (e.g. "$12,345"). */
export function formatMoney(minor: number, currency: string, options: { exact?: boolean } = {}): string {
  const scale = 10 ** minorDigits(currency);
  const digits = options.exact ? minorDigits(currency) : 0;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / scale);
  } catch {
    return `${(minor / scale).toFixed(digits)} ${currency}`;
  }
}

/** A price per unit that may be a fraction of a cent, with the digits it needs (e.g. "$0.002"). */
export function formatPrice(minor: number, currency: string): string {
  const major = minor / 10 ** minorDigits(currency);
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumSignificantDigits: 6 }).format(major);
  } catch {
    return `${major} ${currency}`;
  }
}

export function formatVolume(volume: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(volume);
}
