/**
 * Money at the till: what is due, change for cash, the cap on sales left to pay later, and which
 * refunds are possible. Integer minor units throughout.
 */
import { formatMoney } from './money';
import type { Redemption } from './records';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** The order less the referral discount, never below zero. */
export function amountDue(orderAmount: number, discountAmount: number): number {
  return Math.max(0, orderAmount - discountAmount);
}

/** Change to give back for the cash handed over. */
export function cashChange(due: number, tendered: number, currency: string): Checked<number> {
  if (!Number.isInteger(tendered) || tendered <= 0) return { ok: false, message: 'Enter the cash the customer handed over.' };
  if (tendered < due) {
    return { ok: false, message: `${formatMoney(tendered, currency)} is less than the ${formatMoney(due, currency)} due.` };
  }
  return { ok: true, value: tendered - due };
}

/**
 * A manager caps what one device may leave unpaid ("pay later"); null means no cap. The new sale
 * is allowed only if the outstanding total stays within it.
 */
export function payLaterAllowed(outstanding: number, due: number, cap: number | null, currency: string): Checked<number> {
  if (cap === null || outstanding + due <= cap) return { ok: true, value: outstanding + due };
  const left = Math.max(0, cap - outstanding);
  return {
    ok: false,
    message: `Pay later is capped at ${formatMoney(cap, currency)} on this device; ${formatMoney(outstanding, currency)} is already outstanding, so at most ${formatMoney(left, currency)} more.`,
  };
}

/** What can still be refunded on a paid sale. */
export function refundableAmount(sale: Pick<Redemption, 'status' | 'payment' | 'refundedAmount'>): number {
  if (!sale.payment || sale.payment.paidAt === null) return 0;
  if (sale.status !== 'paid' && sale.status !== 'partially_refunded') return 0;
  return Math.max(0, sale.payment.amountDue - sale.refundedAmount);
}

/** Checks a refund the cashier asked for: positive, and no more than was paid and not yet refunded. */
export function checkRefund(sale: Pick<Redemption, 'status' | 'payment' | 'refundedAmount' | 'currency'>, amount: number): Checked<number> {
  const left = refundableAmount(sale);
  if (left === 0) return { ok: false, message: 'Nothing on this sale can be refunded: it is unpaid, voided or already refunded in full.' };
  if (!Number.isInteger(amount) || amount <= 0) return { ok: false, message: 'Enter the amount to refund.' };
  if (amount > left) return { ok: false, message: `At most ${formatMoney(left, sale.currency)} can be refunded on this sale.` };
  return { ok: true, value: amount };
}

/** The sale's status once `refunded` in all has been given back. */
export function statusAfterRefund(due: number, refunded: number): 'paid' | 'partially_refunded' | 'refunded' {
  if (refunded <= 0) return 'paid';
  return refunded >= due ? 'refunded' : 'partially_refunded';
}
