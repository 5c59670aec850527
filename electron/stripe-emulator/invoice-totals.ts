import { percentOf } from './money';

/**
 * Invoice arithmetic in integer minor units. Invoice-level discounts apply in order to what the
 * previous ones left of the discountable lines; an amount off larger than that gives 0, never
 * credit; on a zero-cost invoice (subtotal ≤ 0) discounts are ignored. Percent-off amounts are
 * rounded half up once per invoice (Stripe's rounding is unconfirmed), then spread over the lines
 * in proportion to what remains of each.
 */
export interface LineInput {
  id: string;
  amount: number;
  discountable: boolean;
}

export interface DiscountInput {
  id: string;
  percentOff: number | null;
  /** in the invoice's currency (a coupon's `currency_options` already resolved) */
  amountOff: number | null;
}

export interface Allocation {
  discount: string;
  amount: number;
}

export interface Totals {
  subtotal: number;
  total: number;
  totalDiscounts: Allocation[];
  lineDiscounts: Map<string, Allocation[]>;
  zeroCost: boolean;
}

export function computeTotals(lines: readonly LineInput[], discounts: readonly DiscountInput[]): Totals {
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const zeroCost = subtotal <= 0;
  const remaining = new Map(lines.filter((l) => l.discountable && l.amount > 0).map((l) => [l.id, l.amount]));
  const lineDiscounts = new Map<string, Allocation[]>(lines.map((l) => [l.id, []]));
  const totalDiscounts: Allocation[] = [];
  for (const discount of discounts) {
    const base = [...remaining.values()].reduce((sum, amount) => sum + amount, 0);
    const wanted = zeroCost ? 0 : discount.percentOff !== null ? percentOf(base, discount.percentOff) : Math.min(discount.amountOff ?? 0, base);
    const amount = Math.min(wanted, base);
    totalDiscounts.push({ discount: discount.id, amount });
    for (const [lineId, share] of spread(amount, remaining)) {
      remaining.set(lineId, (remaining.get(lineId) ?? 0) - share);
      lineDiscounts.get(lineId)?.push({ discount: discount.id, amount: share });
    }
  }
  const discounted = totalDiscounts.reduce((sum, d) => sum + d.amount, 0);
  return { subtotal, total: subtotal - discounted, totalDiscounts, lineDiscounts, zeroCost };
}

/** Splits `amount` over the lines in proportion to their weights; leftover units go to the first lines. */
function spread(amount: number, weights: ReadonlyMap<string, number>): Map<string, number> {
  const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
  const shares = new Map<string, number>();
  if (total <= 0) return shares;
  let given = 0;
  for (const [id, weight] of weights) {
    const share = Math.floor((amount * weight) / total);
    shares.set(id, share);
    given += share;
  }
  for (const [id, weight] of weights) {
    if (given >= amount) break;
    const share = shares.get(id) ?? 0;
    if (share < weight) {
      shares.set(id, share + 1);
      given += 1;
    }
  }
  return shares;
}
