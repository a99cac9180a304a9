// Making an Intl.NumberFormat costs far more than using one: a file of cost tables formats
// hundreds of amounts, so each currency and precision gets its formatter once.
const formatters = new Map<string, Intl.NumberFormat | null>();

function currencyFormat(currency: string, precision: string, options: Intl.NumberFormatOptions): Intl.NumberFormat | null {
  const key = `${currency}|${precision}`;
  if (!formatters.has(key)) {
    try {
      formatters.set(key, new Intl.NumberFormat('en', { style: 'currency', currency, ...options }));
    } catch {
      // Not a currency Intl knows: the caller writes the code after a plain number.
      formatters.set(key, null);
    }
  }
  return formatters.get(key) ?? null;
}

const moneyFormat = (currency: string, digits: number | null) =>
  currencyFormat(currency, String(digits), digits === null ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Digits after the decimal point in a currency's minor unit (2 for USD, 0 for JPY). */
export function minorDigits(currency: string): number {
  return moneyFormat(currency, null)?.resolvedOptions().maximumFractionDigits ?? 2;
}

/** An amount in minor units, formatted in the decision's currency with whole major units (e.g. "$12,345"). */
export function formatMoney(minor: number, currency: string, options: { exact?: boolean } = {}): string {
  const scale = 10 ** minorDigits(currency);
  const digits = options.exact ? minorDigits(currency) : 0;
  const format = moneyFormat(currency, digits);
  return format ? format.format(minor / scale) : `${(minor / scale).toFixed(digits)} ${currency}`;
}

/** A price per unit that may be a fraction of a cent, with the digits it needs (e.g. "$0.002"). */
export function formatPrice(minor: number, currency: string): string {
  const major = minor / 10 ** minorDigits(currency);
  const format = currencyFormat(currency, 'price', { maximumSignificantDigits: 6 });
  return format ? format.format(major) : `${major} ${currency}`;
}

let volumeFormat: Intl.NumberFormat | undefined;
export function formatVolume(volume: number): string {
  volumeFormat ??= new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
  return volumeFormat.format(volume);
}
