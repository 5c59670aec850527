/**
 * Currencies a campaign may use: Stripe's presentment currencies (docs.stripe.com/currencies,
 * "Supported presentment currencies"), upper case. Withdrawn codes Stripe no longer lists (HRK,
 * EEK, LTL, LVL, VEF, MRO, SLL) are left out. Whether a given account may charge in one also depends
 * on its country: Stripe has the last word when the coupon is created (a refusal becomes a conflict).
 */
export const STRIPE_CURRENCIES: ReadonlySet<string> = new Set(
  (
    'USD AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BWP BYN BZD ' +
    'CAD CDF CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ETB EUR FJD FKP GBP GEL GIP GMD GNF GTQ GYD ' +
    'HKD HNL HTG HUF IDR ILS INR ISK JMD JOD JPY KES KGS KHR KMF KRW KWD KYD KZT LAK LBP LKR LRD LSL MAD ' +
    'MDL MGA MKD MMK MNT MOP MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN ' +
    'PYG QAR RON RSD RUB RWF SAR SBD SCR SEK SGD SHP SLE SOS SRD STD SZL THB TJS TND TOP TRY TTD TWD TZS ' +
    'UAH UGX UYU UZS VND VUV WST XAF XCD XOF XPF YER ZAR ZMW'
  ).split(' '),
);

/** Offered first in the campaign form; any other code of STRIPE_CURRENCIES may be typed. */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'SGD', 'HKD', 'MXN', 'BRL', 'INR', 'ZAR'] as const;

/**
 * Three-decimal currencies: Stripe takes their amounts in thousandths but requires the last digit
 * to be 0 in payment flows (docs.stripe.com/currencies, "Three-decimal currencies"), so a discount
 * must be a multiple of 10 minor units or the discounted total could not be charged.
 */
export const THREE_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);
