import type Stripe from 'stripe';
import { z } from 'zod';
import type { HandlerContext } from './context';
import { invalidParam, invalidRequest, type StripeApiError } from './errors';
import { ids } from './ids';
import { array, str } from './params';
import { couponRefusal, redemptionRefusal, type Refusal } from './redemption-rules';
import { requireCoupon } from './resources/coupons';
import { requirePromotionCode } from './resources/promotion-codes';

/**
 * Discounts on invoices. A promotion code is judged when attached (the create or update call
 * fails with 400) and judged again, with the order's subtotal, at finalization; the redemption is
 * counted at finalization and released when the invoice is voided (stripe-facts.md).
 */
export const discountsParam = () =>
  array(z.strictObject({ coupon: str().optional(), promotion_code: str().optional(), discount: str().optional() }), { emptyable: true, max: 20 });

type DiscountParam = z.output<ReturnType<typeof discountsParam>>[number];

function refused(refusal: Refusal, param: string): StripeApiError {
  return invalidRequest(refusal.message, { param, ...(refusal.code && { code: refusal.code }) });
}

/** Replaces the draft's discounts, judging each promotion code for the invoice's customer. */
export function attachDiscounts(ctx: HandlerContext, invoice: Stripe.Invoice, entries: readonly DiscountParam[]): void {
  const { store } = ctx.state;
  const customerId = invoice.customer as string;
  const discounts: Stripe.Discount[] = entries.map((entry, i) => {
    const given = [entry.coupon, entry.promotion_code, entry.discount].filter((v) => v !== undefined).length;
    if (given !== 1) throw invalidParam('Each discount must have exactly one of coupon, promotion_code or discount.', `discounts[${i}]`);
    if (entry.discount !== undefined) throw invalidParam('Reusing an existing discount is not supported by the emulator.', `discounts[${i}][discount]`);
    let couponId: string;
    let promotionCodeId: string | null = null;
    if (entry.promotion_code !== undefined) {
      const param = `discounts[${i}][promotion_code]`;
      const code = requirePromotionCode(ctx, entry.promotion_code, param);
      const refusal = redemptionRefusal(ctx.state, { promotionCode: code, customerId, currency: invoice.currency, subtotal: null, invoiceId: invoice.id });
      if (refusal) throw refused(refusal, param);
      couponId = code.promotion.coupon as string;
      promotionCodeId = code.id;
    } else {
      const param = `discounts[${i}][coupon]`;
      const coupon = requireCoupon(ctx, entry.coupon ?? '', param);
      const refusal = couponRefusal(ctx.state, coupon);
      if (refusal) throw refused(refusal, param);
      couponId = coupon.id;
    }
    return {
      id: ids.discount(),
      object: 'discount',
      checkout_session: null,
      customer: customerId,
      customer_account: null,
      end: null,
      invoice: invoice.id,
      invoice_item: null,
      promotion_code: promotionCodeId,
      source: { coupon: couponId, type: 'coupon' },
      start: ctx.state.clock.now(),
      subscription: null,
      subscription_item: null,
    };
  });
  for (const old of invoice.discounts) store.table('discount').delete(typeof old === 'string' ? old : old.id);
  for (const discount of discounts) store.table('discount').insert(discount, discount.start);
  invoice.discounts = discounts.map((d) => d.id);
}

export function invoiceDiscounts(ctx: HandlerContext, invoice: Stripe.Invoice): Stripe.Discount[] {
  return invoice.discounts.flatMap((ref) => ctx.state.store.table('discount').get(typeof ref === 'string' ? ref : ref.id) ?? []);
}

/** The first reason a draft cannot be finalized with its discounts, judged on its subtotal. */
export function finalizationRefusal(ctx: HandlerContext, invoice: Stripe.Invoice): StripeApiError | null {
  for (const [i, discount] of invoiceDiscounts(ctx, invoice).entries()) {
    if (discount.promotion_code !== null) {
      const code = requirePromotionCode(ctx, discount.promotion_code as string, `discounts[${i}][promotion_code]`);
      const attempt = { promotionCode: code, customerId: invoice.customer as string, currency: invoice.currency, subtotal: invoice.subtotal, invoiceId: invoice.id };
      const refusal = redemptionRefusal(ctx.state, attempt);
      if (refusal) return refused(refusal, `discounts[${i}][promotion_code]`);
    } else {
      const coupon = ctx.state.store.table('coupon').get(discount.source.coupon as string);
      const refusal = coupon ? couponRefusal(ctx.state, coupon) : { message: 'The coupon of this discount no longer exists.' };
      if (refusal) return refused(refusal, `discounts[${i}][coupon]`);
    }
  }
  return null;
}

/**
 * Counts (+1) or releases (-1) the invoice's redemptions of its promotion codes and coupons.
 * Discounts that took nothing off (a zero-cost invoice) are not counted.
 */
export function countRedemptions(ctx: HandlerContext, invoice: Stripe.Invoice, delta: 1 | -1): void {
  const { store } = ctx.state;
  if (delta === 1 && store.countedRedemptions.has(invoice.id)) return;
  if (delta === -1 && !store.countedRedemptions.delete(invoice.id)) return;
  const applied = new Set((invoice.total_discount_amounts ?? []).filter((d) => d.amount > 0).map((d) => d.discount as string));
  if (delta === 1) {
    if (applied.size === 0) return;
    store.countedRedemptions.add(invoice.id);
  }
  for (const discount of invoiceDiscounts(ctx, invoice)) {
    if (!applied.has(discount.id)) continue;
    const coupon = store.table('coupon').get(discount.source.coupon as string);
    if (coupon) coupon.times_redeemed = Math.max(0, coupon.times_redeemed + delta);
    const code = discount.promotion_code ? store.table('promotion_code').get(discount.promotion_code as string) : undefined;
    if (code) code.times_redeemed = Math.max(0, code.times_redeemed + delta);
  }
}
