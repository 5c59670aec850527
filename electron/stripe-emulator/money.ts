/** Currencies without minor units (amounts are whole units). */
const ZERO_DECIMAL = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf']);

/** Stripe's minimum charge per currency in minor units (the common ones; others default to 50). */
const MINIMUM_CHARGE: Record<string, number> = {
  usd: 50, eur: 50, gbp: 30, cad: 50, aud: 50, nzd: 50, chf: 50, dkk: 250, nok: 300, sek: 300, jpy: 50,
  hkd: 400, sgd: 50, mxn: 1000, pln: 200, czk: 1500, huf: 17500, ron: 200, bgn: 100, inr: 50, brl: 50,
};

export function minimumCharge(currency: string): number {
  return MINIMUM_CHARGE[currency] ?? 50;
}

export function formatAmount(amount: number, currency: string): string {
  const code = currency.toUpperCase();
  return ZERO_DECIMAL.has(currency) ? `${amount} ${code}` : `${(amount / 100).toFixed(2)} ${code}`;
}

/** `basisAmount × percent / 100`, rounded half up in minor units (Stripe's rounding is unconfirmed). */
export function percentOf(basisAmount: number, percent: number): number {
  return Math.floor((basisAmount * Math.round(percent * 10_000)) / 1_000_000 + 0.5);
}
