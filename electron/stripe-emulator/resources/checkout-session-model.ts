import type Stripe from 'stripe';
import type { EmulatorState, HandlerContext } from '../context';
import { invalidRequest } from '../errors';
import { emitEvent } from '../events';
import { newPaymentIntent } from '../payment-intent-model';
import { present } from '../render';

export interface NewSession {
  id: string;
  currency: string;
  customer: string | null;
  customerEmail: string | null;
  clientReferenceId: string | null;
  allowPromotionCodes: boolean | null;
  discount: { coupon: string; promotionCode: string | null } | null;
  amountSubtotal: number;
  amountDiscount: number;
  expiresAt: number;
  metadata: Record<string, string>;
  successUrl: string | null;
  cancelUrl: string | null;
  uiMode: Stripe.Checkout.Session.UiMode;
}

/** An open payment-mode session; its `url` is a page of the emulator itself. */
export function newSession(state: EmulatorState, spec: NewSession): Stripe.Checkout.Session {
  return {
    id: spec.id,
    object: 'checkout.session',
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: spec.allowPromotionCodes,
    allowed_payment_method_types: null,
    amount_subtotal: spec.amountSubtotal,
    amount_total: spec.amountSubtotal - spec.amountDiscount,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: spec.cancelUrl,
    client_reference_id: spec.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: state.clock.now(),
    currency: spec.currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: spec.customer,
    customer_account: null,
    customer_creation: spec.customer ? null : 'if_required',
    customer_details: null,
    customer_email: spec.customerEmail,
    discounts: spec.discount ? [{ coupon: spec.discount.coupon, promotion_code: spec.discount.promotionCode }] : [],
    expires_at: spec.expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: spec.metadata,
    mode: 'payment',
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: null,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: spec.successUrl,
    total_details: { amount_discount: spec.amountDiscount, amount_shipping: 0, amount_tax: 0 },
    ui_mode: spec.uiMode,
    url: spec.uiMode === 'hosted' ? `${state.baseUrl}/c/pay/${spec.id}` : null,
    wallet_options: null,
  };
}

/**
 * What a customer paying on the hosted page would cause (the emulator has no page to pay on):
 * a succeeded PaymentIntent, the session complete, and its promotion code counted as redeemed.
 */
export function completeSession(ctx: HandlerContext, session: Stripe.Checkout.Session): void {
  if (session.status !== 'open') throw invalidRequest(`Only open Checkout Sessions can be completed; this one is ${session.status}.`);
  const { store, clock } = ctx.state;
  const pi = newPaymentIntent(ctx.state, {
    amount: session.amount_total ?? 0,
    currency: session.currency ?? 'usd',
    customer: (session.customer as string | null) ?? null,
    allowedTypes: ['card'],
    captureMethod: 'automatic_async',
    description: null,
    metadata: {},
    receiptEmail: null,
    statementDescriptor: null,
  });
  pi.status = 'succeeded';
  pi.amount_received = pi.amount;
  store.table('payment_intent').insert(pi, clock.now());
  session.payment_intent = pi.id;
  session.status = 'complete';
  session.payment_status = 'paid';
  session.url = null;
  if ((session.total_details?.amount_discount ?? 0) > 0) {
    for (const discount of session.discounts ?? []) {
      const coupon = store.table('coupon').get(discount.coupon as string);
      if (coupon) coupon.times_redeemed += 1;
      const code = discount.promotion_code ? store.table('promotion_code').get(discount.promotion_code as string) : undefined;
      if (code) code.times_redeemed += 1;
    }
  }
  emitEvent(ctx, 'payment_intent.succeeded', present(ctx.state, 'payment_intent', pi));
  emitEvent(ctx, 'checkout.session.completed', present(ctx.state, 'checkout.session', session));
}
