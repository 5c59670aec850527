import { hasUnreadableCharacters, quoteTyped, withoutFormatCharacters } from './typed-text';

/**
 * Money at the counter: integer minor units plus an ISO 4217 currency, as Stripe takes them.
 * No float arithmetic on amounts: conversions go through decimal strings.
 */

/** Stripe's 8-digit amount limit, in minor units. */
export const MAX_AMOUNT = 99_999_999;

/**
 * Currencies Intl calls zero-decimal but Stripe's API still counts in hundredths (100 = 1 unit):
 * Stripe "special cases" (ISK stays two-decimal in the API; HUF charges are two-decimal).
 */
const STRIPE_TWO_DECIMAL = new Set(['ISK', 'HUF']);

/** Longer input is no amount; bounds the work and the text quoted back. */
const MAX_INPUT_LENGTH = 40;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string, display: 'symbol' | 'narrowSymbol' | 'code' = 'symbol') {
  const key = `${locale}|${currency}|${display}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: display });
    formatters.set(key, f);
  }
  return f;
}

const decimalsByCurrency = new Map<string, number>();

/** Digits a person writes after the decimal point (Intl/CLDR): JPY 0, USD 2, BHD 3, ISK 0. */
function writtenDecimals(currency: string): number {
  let decimals = decimalsByCurrency.get(currency);
  if (decimals === undefined) {
    decimals = formatter('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
    decimalsByCurrency.set(currency, decimals);
  }
  return decimals;
}

/**
 * Minor-unit digits of a currency in Stripe amounts: JPY 0, USD 2, BHD 3.
 * Taken from Intl, except ISK and HUF which Stripe's API keeps two-decimal.
 * @throws RangeError when `currency` is not a well-formed ISO 4217 code (Intl accepts any three letters).
 */
export function currencyExponent(currency: string): number {
  const written = writtenDecimals(currency);
  return STRIPE_TWO_DECIMAL.has(currency.toUpperCase()) ? 2 : written;
}

/** An integer as an exact decimal string with `exponent` fraction digits: (1250, 2) → "12.50". */
export function toDecimalString(amount: number, exponent: number): `${number}` {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Amount must be an integer, got ${amount}`);
  const digits = Math.abs(amount).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${amount < 0 ? '-' : ''}${whole}${fraction}` as `${number}`;
}

/**
 * Formats integer minor units with Intl: (1250, 'USD') → "$12.50", (1250, 'JPY') → "¥1,250".
 * @throws RangeError for a non-integer amount or an invalid currency code.
 */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  // A string argument makes Intl format the exact decimal, with no binary rounding.
  return formatter(locale, currency).format(toDecimalString(amount, currencyExponent(currency)));
}

export type AmountInput = { ok: true; amount: number } | { ok: false; message: string };

/**
 * Reads what a cashier typed in the order-amount field as minor units of `currency`:
 * "12.5", "12.50", "$12.50", "USD 12.50", "1,234.56", " 20 ".
 * Only "." is a decimal separator and only "," separates thousands (en-US counter): "12,50" is
 * refused rather than guessed. Refuses empty, negative, zero, letters, more decimals than the
 * currency has and amounts above Stripe's 8-digit limit, each with a message for the cashier.
 * @throws RangeError for an invalid currency code (a programming error, not bad input).
 */
export function parseAmountInput(text: string, currency: string, what = 'order amount'): AmountInput {
  const cur = currency.toUpperCase();
  const exponent = currencyExponent(cur);
  // Length first, so a huge paste is refused before any work on it.
  if (text.trim().length > MAX_INPUT_LENGTH) return fail('That is too long to be an amount.');
  // NFKC: full-width digits and no-break spaces (IME, pasted) read as their plain forms; invisible
  // format characters (bidi marks, zero-width spaces) come along with a paste and are dropped.
  const s = withoutFormatCharacters(text.normalize('NFKC')).trim();
  if (s === '') return fail(`Enter the ${what}.`);
  if (hasUnreadableCharacters(s)) return fail(`That ${what} contains unreadable characters (was it pasted from a file?)`);
  const unsigned = stripSignAndCurrency(s, cur);
  if (unsigned.negative) return fail(`The ${what} cannot be negative.`);
  const number = readDecimal(unsigned.rest, s);
  if (!number.ok) return number;
  const decimals = Math.min(writtenDecimals(cur), exponent);
  if (number.fraction.length > decimals) {
    return fail(decimals === 0 ? `${cur} has no decimals.` : `${cur} has at most ${decimals} decimals.`);
  }
  const minor = (number.whole + number.fraction.padEnd(exponent, '0')).replace(/^0+/, '');
  if (minor.length > String(MAX_AMOUNT).length) {
    return fail(`That amount is too large: the most Stripe accepts is ${formatMoney(MAX_AMOUNT, cur)}.`);
  }
  // At most 8 digits: Number() of the digit string is exact.
  const amount = Number(minor || '0');
  if (amount === 0) return fail(`The ${what} must be more than zero.`);
  return { ok: true, amount };
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

const MINUS = /^[-\u2212]\s*/;

/** Removes one leading minus and the currency's symbol or code, before or after the number. */
function stripSignAndCurrency(s: string, currency: string): { negative: boolean; rest: string } {
  const leadingMinus = MINUS.test(s);
  const rest = stripCurrencyMark(s.replace(MINUS, ''), currency);
  return { negative: leadingMinus || MINUS.test(rest), rest: rest.replace(MINUS, '') };
}

function stripCurrencyMark(s: string, currency: string): string {
  const mark = currencyMarks(currency).find((m) => s.startsWith(m) || s.endsWith(m));
  if (mark === undefined) return s;
  return (s.startsWith(mark) ? s.slice(mark.length) : s.slice(0, -mark.length)).trim();
}

// Cached: an uploaded file reads 100,000 amounts, and Intl's formatToParts is slow.
const marksByCurrency = new Map<string, string[]>();

/** "$", "CA$", "USD" …: the marks en-US formatting puts around an amount, longest first. */
function currencyMarks(currency: string): string[] {
  let marks = marksByCurrency.get(currency);
  if (!marks) {
    marks = computeCurrencyMarks(currency);
    marksByCurrency.set(currency, marks);
  }
  return marks;
}

function computeCurrencyMarks(currency: string): string[] {
  const displays = ['symbol', 'narrowSymbol', 'code'] as const;
  const marks = displays.map(
    (d) => formatter('en-US', currency, d).formatToParts(1).find((p) => p.type === 'currency')?.value ?? currency,
  );
  return [...new Set(marks)].sort((a, b) => b.length - a.length);
}

type Decimal = { ok: true; whole: string; fraction: string } | { ok: false; message: string };

/** Splits "1,234.56" into whole digits "1234" and fraction digits "56", validating grouping. */
function readDecimal(rest: string, original: string): Decimal {
  const notAnAmount = `${quoteTyped(original)} is not an amount: use digits, with “.” for decimals.`;
  if (!/^[0-9.,]+$/.test(rest) || !/[0-9]/.test(rest)) return fail(notAnAmount);
  const parts = rest.split('.');
  if (parts.length > 2) return fail('Use only one “.” in an amount.');
  const [grouped = '', fraction = ''] = parts;
  if (fraction.includes(',')) return fail(notAnAmount);
  if (grouped.includes(',')) {
    if (parts.length === 1 && /^\d+,\d{1,2}$/.test(grouped)) return fail('Use “.” for decimals, not “,” (e.g. 12.50).');
    if (!/^\d{1,3}(,\d{3})+$/.test(grouped)) return fail('Use “,” only between groups of three digits (e.g. 1,234.56).');
  }
  return { ok: true, whole: grouped.replaceAll(',', ''), fraction };
}
