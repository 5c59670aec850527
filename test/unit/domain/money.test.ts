import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { MAX_AMOUNT, currencyExponent, formatMoney, parseAmountInput, toDecimalString } from '../../../shared/domain/money';

describe('currency exponents', () => {
  it.each([
    ['USD', 2],
    ['JPY', 0],
    ['BHD', 3],
    ['EUR', 2],
    ['KRW', 0],
    ['usd', 2],
  ])('counts %s in minor units with %i decimals', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });

  it.each(['ISK', 'HUF'])('keeps %s two-decimal as Stripe does, although it is written without decimals', (currency) => {
    expect(currencyExponent(currency)).toBe(2);
  });

  it.each(['US', 'DOLLAR', '', '12$'])('refuses the malformed currency code %j', (currency) => {
    expect(() => currencyExponent(currency)).toThrow(RangeError);
  });
});

describe('showing amounts', () => {
  it.each([
    [1250, 'USD', '$12.50'],
    [1250, 'JPY', '¥1,250'],
    [1250, 'BHD', 'BHD\u00a01.250'],
    [5, 'USD', '$0.05'],
    [-5, 'USD', '-$0.05'],
    [MAX_AMOUNT, 'USD', '$999,999.99'],
    [125000, 'ISK', 'ISK\u00a01,250'],
  ])('shows %i minor units of %s as %s', (amount, currency, text) => {
    expect(formatMoney(amount, currency)).toBe(text);
  });

  it('formats in the given locale', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
  });

  it('refuses a fractional amount instead of rounding it silently', () => {
    expect(() => formatMoney(12.5, 'USD')).toThrow(RangeError);
  });

  it('writes minor units as an exact decimal string', () => {
    expect(toDecimalString(1250, 2)).toBe('12.50');
    expect(toDecimalString(7, 3)).toBe('0.007');
    expect(toDecimalString(-120, 2)).toBe('-1.20');
    expect(toDecimalString(42, 0)).toBe('42');
  });
});

describe('reading the order amount the cashier typed', () => {
  it.each([
    ['12.5', 'USD', 1250],
    ['12.50', 'USD', 1250],
    ['$12.50', 'USD', 1250],
    ['$ 12.50', 'USD', 1250],
    ['USD 12.50', 'USD', 1250],
    ['12.50 USD', 'USD', 1250],
    ['1,234.56', 'USD', 123456],
    ['1,234,567', 'JPY', 1234567],
    [' 20 ', 'USD', 2000],
    ['20.', 'USD', 2000],
    ['.5', 'USD', 50],
    ['007.10', 'USD', 710],
    ['１２．５０', 'USD', 1250],
    ['\u00a012.50\u00a0', 'USD', 1250],
    ['1250', 'JPY', 1250],
    ['¥1,250', 'JPY', 1250],
    ['1.25', 'BHD', 1250],
    ['BHD 1.250', 'BHD', 1250],
    ['€12.50', 'EUR', 1250],
    ['$12.50', 'CAD', 1250],
    ['CA$12.50', 'CAD', 1250],
    ['1250', 'ISK', 125000],
    ['999,999.99', 'USD', MAX_AMOUNT],
  ])('reads %j in %s as %i minor units', (text, currency, amount) => {
    expect(parseAmountInput(text, currency)).toEqual({ ok: true, amount });
  });

  it.each([
    ['', 'USD', 'Enter the order amount.'],
    ['   ', 'USD', 'Enter the order amount.'],
    ['-12.50', 'USD', 'The order amount cannot be negative.'],
    ['-$12.50', 'USD', 'The order amount cannot be negative.'],
    ['$-12.50', 'USD', 'The order amount cannot be negative.'],
    ['12.505', 'USD', 'USD has at most 2 decimals.'],
    ['12.5', 'JPY', 'JPY has no decimals.'],
    ['1.2345', 'BHD', 'BHD has at most 3 decimals.'],
    ['1250.5', 'ISK', 'ISK has no decimals.'],
    ['12a', 'USD', '“12a” is not an amount: use digits, with “.” for decimals.'],
    ['twelve', 'USD', '“twelve” is not an amount: use digits, with “.” for decimals.'],
    ['.', 'USD', '“.” is not an amount: use digits, with “.” for decimals.'],
    ['€12.50', 'USD', '“€12.50” is not an amount: use digits, with “.” for decimals.'],
    ['1e3', 'USD', '“1e3” is not an amount: use digits, with “.” for decimals.'],
    ['1.2.3', 'USD', 'Use only one “.” in an amount.'],
    ['12,50', 'USD', 'Use “.” for decimals, not “,” (e.g. 12.50).'],
    ['1,2345', 'USD', 'Use “,” only between groups of three digits (e.g. 1,234.56).'],
    ['1.234,56', 'USD', '“1.234,56” is not an amount: use digits, with “.” for decimals.'],
    ['0', 'USD', 'The order amount must be more than zero.'],
    ['0.00', 'USD', 'The order amount must be more than zero.'],
    ['1,000,000.00', 'USD', 'That amount is too large: the most Stripe accepts is $999,999.99.'],
    ['100000000', 'JPY', 'That amount is too large: the most Stripe accepts is ¥99,999,999.'],
    ['9'.repeat(41), 'USD', 'That is too long to be an amount.'],
  ])('refuses %j in %s: %s', (text, currency, message) => {
    expect(parseAmountInput(text, currency)).toEqual({ ok: false, message });
  });

  it('never accepts more than Stripe’s 8-digit maximum, however many zeros lead', () => {
    expect(parseAmountInput('0000000000001.00', 'USD')).toEqual({ ok: true, amount: 100 });
    expect(parseAmountInput('1000000', 'USD')).toMatchObject({ ok: false });
  });

  const currencies = ['USD', 'JPY', 'BHD'] as const;

  it('reads back every amount it shows, in USD, JPY and BHD', () => {
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.integer({ min: 1, max: MAX_AMOUNT }), (currency, amount) => {
        expect(parseAmountInput(formatMoney(amount, currency), currency)).toEqual({ ok: true, amount });
      }),
    );
  });

  it('reads back the plain decimal of every amount, without symbol or grouping', () => {
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.integer({ min: 1, max: MAX_AMOUNT }), (currency, amount) => {
        const plain = toDecimalString(amount, currencyExponent(currency));
        expect(parseAmountInput(plain, currency)).toEqual({ ok: true, amount });
      }),
    );
  });

  it('either reads any typed text as a whole number of minor units in range, or explains why not', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.constantFrom(...currencies), (text, currency) => {
        const result = parseAmountInput(text, currency);
        if (result.ok) {
          expect(Number.isSafeInteger(result.amount)).toBe(true);
          expect(result.amount).toBeGreaterThan(0);
          expect(result.amount).toBeLessThanOrEqual(MAX_AMOUNT);
        } else expect(result.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('pasted amounts (found by fuzzing)', () => {
  it('reads an amount wrapped in invisible bidi marks or zero-width spaces', () => {
    expect(parseAmountInput('\u200E45.00\u200B', 'USD')).toEqual({ ok: true, amount: 4500 });
  });

  it.each([
    ['a NUL byte', '4\u00005', 'That order amount contains unreadable characters (was it pasted from a file?)'],
    ['a right-to-left override before letters', '\u202Eabc', '“abc” is not an amount: use digits, with “.” for decimals.'],
    ['a tab between the digits', '4\t5', '“4 5” is not an amount: use digits, with “.” for decimals.'],
  ])('refuses %s in words that show no invisible character', (_, text, message) => {
    expect(parseAmountInput(text, 'USD')).toEqual({ ok: false, message });
  });
});
