import type Stripe from 'stripe';
import type { EmulatorState } from './context';
import { formatAmount } from './money';

/**
 * The referee's rules for redeeming a promotion code, from Stripe's documentation (see
 * stripe-facts.md). Each refusal has its own message; only an expired coupon carries a code
 * (`coupon_expired`), as Stripe's error-code list has nothing promotion-code specific.
 */
export interface Refusal {
  message: string;
  code?: string;
}

export interface RedemptionAttempt {
  promotionCode: Stripe.PromotionCode;
  customerId: string | null;
  currency: string;
  /** the order's amount before discounts; null when not yet known (attaching to an empty draft) */
  subtotal: number | null;
  /** the invoice being judged, which is not a "prior" transaction of its own */
  invoiceId?: string;
}

export function couponOf(state: EmulatorState, code: Stripe.PromotionCode): Stripe.Coupon | undefined {
  const id = typeof code.promotion.coupon === 'string' ? code.promotion.coupon : code.promotion.coupon?.id;
  return id === undefined ? undefined : state.store.table('coupon').get(id);
}

/** Stripe's `valid`: not deleted, not past `redeem_by`, not used `max_redemptions` times. */
export function couponValid(state: EmulatorState, coupon: Stripe.Coupon): boolean {
  return couponRefusal(state, coupon) === null;
}

export function couponRefusal(state: EmulatorState, coupon: Stripe.Coupon): Refusal | null {
  if (state.store.deletedCoupons.has(coupon.id)) return { message: `The coupon ${coupon.id} has been deleted and can no longer be redeemed.` };
  if (coupon.redeem_by !== null && state.clock.now() > coupon.redeem_by) return { message: `Coupon expired: ${coupon.id}`, code: 'coupon_expired' };
  if (coupon.max_redemptions !== null && coupon.times_redeemed >= coupon.max_redemptions) {
    return { message: `The coupon ${coupon.id} has been used the maximum number of times and can no longer be redeemed.` };
  }
  return null;
}

/** Stripe's `active` on a code: its own switch, and only while its coupon is valid. */
export function promotionCodeActive(state: EmulatorState, code: Stripe.PromotionCode): boolean {
  const coupon = couponOf(state, code);
  return code.active && coupon !== undefined && couponValid(state, coupon);
}

export function redemptionRefusal(state: EmulatorState, attempt: RedemptionAttempt): Refusal | null {
  const code = attempt.promotionCode;
  const now = state.clock.now();
  if (!code.active) return { message: 'This promotion code cannot be redeemed because it is inactive.' };
  const coupon = couponOf(state, code);
  if (!coupon) return { message: 'This promotion code cannot be redeemed because its coupon no longer exists.' };
  const couponProblem = couponRefusal(state, coupon);
  if (couponProblem) return couponProblem;
  if (code.expires_at !== null && now >= code.expires_at) return { message: 'This promotion code cannot be redeemed because it has expired.' };
  if (code.max_redemptions !== null && code.times_redeemed >= code.max_redemptions) {
    return { message: 'This promotion code cannot be redeemed because it has been used the maximum number of times.' };
  }
  if (code.customer !== null && code.customer !== attempt.customerId) {
    return { message: 'This promotion code cannot be redeemed because it is restricted to a different customer.' };
  }
  if (code.restrictions.first_time_transaction && attempt.customerId !== null && hasPriorTransactions(state, attempt.customerId, attempt.invoiceId)) {
    return { message: 'This promotion code cannot be redeemed because the associated customer has prior transactions.' };
  }
  if (coupon.amount_off !== null && coupon.currency !== attempt.currency && !coupon.currency_options?.[attempt.currency]) {
    return { message: `This promotion code cannot be redeemed because its coupon is in ${coupon.currency?.toUpperCase()}, not ${attempt.currency.toUpperCase()}.` };
  }
  return attempt.subtotal === null ? null : minimumRefusal(code, attempt.currency, attempt.subtotal);
}

/** Compared with the subtotal before discounts; a currency with no minimum defined is refused. */
function minimumRefusal(code: Stripe.PromotionCode, currency: string, subtotal: number): Refusal | null {
  const { minimum_amount: amount, minimum_amount_currency: minimumCurrency, currency_options: options } = code.restrictions;
  if (amount === null) return null;
  const minimum = currency === minimumCurrency ? amount : options?.[currency]?.minimum_amount;
  if (minimum === undefined) {
    return { message: `This promotion code cannot be redeemed in ${currency.toUpperCase()} because it has no minimum amount for that currency.` };
  }
  if (subtotal < minimum) {
    return { message: `This promotion code cannot be redeemed because the order is below its minimum amount of ${formatAmount(minimum, currency)}.` };
  }
  return null;
}

/**
 * "Prior transactions": any finalized, not voided invoice (open, paid or uncollectible — Stripe
 * was seen refusing a customer whose only history was an open, unpaid invoice), any succeeded
 * PaymentIntent (other than one attached to the invoice being judged) or completed Checkout Session
 * of the customer.
 */
export function hasPriorTransactions(state: EmulatorState, customerId: string, exceptInvoice?: string): boolean {
  const { store } = state;
  const invoices = store.table('invoice').all();
  if (invoices.some((i) => i.customer === customerId && i.id !== exceptInvoice && ['open', 'paid', 'uncollectible'].includes(i.status ?? ''))) return true;
  const ownPayments = new Set(
    store.table('invoice_payment').all().filter((p) => p.invoice === exceptInvoice).map((p) => p.payment.payment_intent),
  );
  const payments = store.table('payment_intent').all();
  if (payments.some((pi) => pi.customer === customerId && pi.status === 'succeeded' && !ownPayments.has(pi.id))) return true;
  return store.table('checkout.session').all().some((s) => s.customer === customerId && s.status === 'complete');
}
