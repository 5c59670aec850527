import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, invalidRequest, resourceMissing } from '../errors';
import { emitEvent } from '../events';
import { ids } from '../ids';
import { computeTotals } from '../invoice-totals';
import { buildLineItems, lineItemsParam } from '../line-items';
import { listShape, paginate } from '../pagination';
import { array, bool, expand, int, mergeMetadata, metadata, oneOf, parseParams, str } from '../params';
import { couponRefusal, redemptionRefusal } from '../redemption-rules';
import { present } from '../render';
import { requireCoupon } from './coupons';
import { requireCustomer } from './customers';
import { refuseWritablePaymentMethodTypes } from './payment-intents';
import { requirePromotionCode } from './promotion-codes';
import { newSession } from './checkout-session-model';

/**
 * Checkout Sessions in payment mode. A preset discount (one at most, `{promotion_code}` or
 * `{coupon}`) is judged at creation, for the session's customer and its subtotal; the redemption
 * counts when the session completes (in the emulator: `POST /__admin/checkout/sessions/:id/complete`).
 */
const createSchema = z.strictObject({
  mode: oneOf(['payment']).optional(),
  line_items: lineItemsParam(false).optional(),
  discounts: array(z.strictObject({ coupon: str().optional(), promotion_code: str().optional() })).optional(),
  allow_promotion_codes: bool().optional(),
  customer: str().optional(),
  customer_email: str(512).optional(),
  client_reference_id: str(200).optional(),
  success_url: str().optional(),
  cancel_url: str().optional(),
  return_url: str().optional(),
  ui_mode: oneOf(['hosted', 'embedded', 'custom']).optional(),
  expires_at: int().optional(),
  metadata: metadata().optional(),
  payment_intent_data: z.strictObject({ metadata: metadata().optional(), description: str().optional(), capture_method: oneOf(['automatic', 'automatic_async', 'manual']).optional() }).optional(),
  invoice_creation: z.strictObject({ enabled: bool() }).optional(),
  expand: expand(),
});
const retrieveSchema = z.strictObject({ expand: expand() });
const lineItemsSchema = z.strictObject(listShape);

function judgeDiscount(ctx: HandlerContext, entry: { coupon?: string | undefined; promotion_code?: string | undefined }, customer: string | null, currency: string, subtotal: number): { coupon: string; promotionCode: string | null } {
  if ((entry.coupon === undefined) === (entry.promotion_code === undefined)) throw invalidParam('Each discount must have exactly one of coupon or promotion_code.', 'discounts[0]');
  if (entry.promotion_code !== undefined) {
    const code = requirePromotionCode(ctx, entry.promotion_code, 'discounts[0][promotion_code]');
    const refusal = redemptionRefusal(ctx.state, { promotionCode: code, customerId: customer, currency, subtotal });
    if (refusal) throw invalidRequest(refusal.message, { param: 'discounts[0][promotion_code]', ...(refusal.code && { code: refusal.code }) });
    return { coupon: code.promotion.coupon as string, promotionCode: code.id };
  }
  const coupon = requireCoupon(ctx, entry.coupon ?? '', 'discounts[0][coupon]');
  const refusal = couponRefusal(ctx.state, coupon);
  if (refusal) throw invalidRequest(refusal.message, { param: 'discounts[0][coupon]', ...(refusal.code && { code: refusal.code }) });
  return { coupon: coupon.id, promotionCode: null };
}

function create(ctx: HandlerContext): Stripe.Checkout.Session {
  refuseWritablePaymentMethodTypes(ctx);
  const p = parseParams(createSchema, ctx.params);
  const now = ctx.state.clock.now();
  if (!p.line_items?.length) throw invalidParam('Missing required param: line_items.', 'line_items', 'parameter_missing');
  if (p.discounts?.length && p.allow_promotion_codes) {
    throw invalidParam('You may only specify one of these parameters: allow_promotion_codes, discounts.', 'discounts', 'parameters_exclusive');
  }
  if ((p.discounts?.length ?? 0) > 1) throw invalidParam('You may only specify one discount.', 'discounts');
  if (p.expires_at !== undefined && (p.expires_at < now + 1800 || p.expires_at > now + 86_400)) {
    throw invalidParam('Invalid expires_at: must be between 30 minutes and 24 hours from now.', 'expires_at');
  }
  const customer = p.customer === undefined ? null : requireCustomer(ctx, p.customer, 'customer');
  const items = buildLineItems(ctx, p.line_items);
  const currency = items[0]?.currency ?? 'usd';
  const subtotal = items.reduce((sum, item) => sum + item.amount_subtotal, 0);
  const entry = p.discounts?.[0];
  const discount = entry ? judgeDiscount(ctx, entry, customer?.id ?? null, currency, subtotal) : null;
  const coupon = discount ? ctx.state.store.table('coupon').get(discount.coupon) : undefined;
  const totals = computeTotals(
    items.map((item) => ({ id: item.id, amount: item.amount_subtotal, discountable: true })),
    coupon ? [{ id: coupon.id, percentOff: coupon.percent_off, amountOff: coupon.currency === currency ? coupon.amount_off : (coupon.currency_options?.[currency]?.amount_off ?? 0) }] : [],
  );
  for (const item of items) {
    item.amount_discount = (totals.lineDiscounts.get(item.id) ?? []).reduce((sum, d) => sum + d.amount, 0);
    item.amount_total = item.amount_subtotal - item.amount_discount;
  }
  const id = ids.checkoutSession();
  const session = newSession(ctx.state, {
    id,
    currency,
    customer: customer?.id ?? null,
    customerEmail: p.customer_email ?? customer?.email ?? null,
    clientReferenceId: p.client_reference_id ?? null,
    allowPromotionCodes: p.allow_promotion_codes ?? null,
    discount,
    amountSubtotal: subtotal,
    amountDiscount: subtotal - totals.total,
    expiresAt: p.expires_at ?? now + 86_400,
    metadata: mergeMetadata({}, p.metadata),
    successUrl: p.success_url ?? null,
    cancelUrl: p.cancel_url ?? null,
    uiMode: p.ui_mode ?? 'hosted',
  });
  ctx.state.store.table('checkout.session').insert(session, now);
  ctx.state.store.lineItems.set(id, items);
  return present(ctx.state, 'checkout.session', session, p.expand);
}

export function requireSession(ctx: HandlerContext, id: string): Stripe.Checkout.Session {
  const session = ctx.state.store.table('checkout.session').get(id);
  if (!session) throw resourceMissing('checkout.session', id);
  return session;
}

function retrieve(ctx: HandlerContext): Stripe.Checkout.Session {
  const p = parseParams(retrieveSchema, ctx.params);
  return present(ctx.state, 'checkout.session', requireSession(ctx, pathParam(ctx, 'id')), p.expand);
}

function lineItems(ctx: HandlerContext): Stripe.ApiList<Stripe.LineItem> {
  const session = requireSession(ctx, pathParam(ctx, 'id'));
  const p = parseParams(lineItemsSchema, ctx.params);
  const items = ctx.state.store.lineItems.get(session.id) ?? [];
  return paginate(items, items, p, `/v1/checkout/sessions/${session.id}/line_items`, 'line item');
}

function expire(ctx: HandlerContext): Stripe.Checkout.Session {
  const session = requireSession(ctx, pathParam(ctx, 'id'));
  const p = parseParams(retrieveSchema, ctx.params);
  if (session.status !== 'open') throw invalidRequest(`Only open Checkout Sessions can be expired; this one is ${session.status}.`);
  session.status = 'expired';
  session.url = null;
  emitEvent(ctx, 'checkout.session.expired', present(ctx.state, 'checkout.session', session));
  return present(ctx.state, 'checkout.session', session, p.expand);
}

export const checkoutSessionRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/checkout/sessions', handler: create },
  { method: 'GET', pattern: '/v1/checkout/sessions/:id', handler: retrieve },
  { method: 'GET', pattern: '/v1/checkout/sessions/:id/line_items', handler: lineItems },
  { method: 'POST', pattern: '/v1/checkout/sessions/:id/expire', handler: expire },
];
