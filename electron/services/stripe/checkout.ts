import type Stripe from 'stripe';
import type { z } from 'zod';
import type { CheckoutSession, createCheckoutSessionArgs } from '../../../shared/api/checkout-calls';
import { callStripe } from './stripe-failure';

/**
 * A phone order's payment link: a Checkout Session in payment mode for the caller's customer, the
 * order as one line item, the referrer's promotion code preset (Stripe judges it here and counts
 * it when the customer pays). The outbox entry's key makes it one session per order.
 */
export async function createCheckoutSession(stripe: Stripe, args: z.output<typeof createCheckoutSessionArgs>): Promise<CheckoutSession> {
  const session = await callStripe(() =>
    stripe.checkout.sessions.create(
      {
        mode: 'payment',
        customer: args.customerId,
        line_items: [{ quantity: 1, price_data: { currency: args.currency.toLowerCase(), unit_amount: args.orderAmount, product_data: { name: args.description } } }],
        discounts: [{ promotion_code: args.promotionCodeId }],
        ...(args.successUrl && { success_url: args.successUrl }),
        ...(args.cancelUrl && { cancel_url: args.cancelUrl }),
        metadata: args.metadata,
        payment_intent_data: { metadata: args.metadata },
      },
      { idempotencyKey: args.idempotencyKey },
    ),
  );
  return checkoutSessionOf(session);
}

function checkoutSessionOf(session: Stripe.Checkout.Session): CheckoutSession {
  const discount = session.discounts?.[0]?.promotion_code;
  return {
    sessionId: session.id,
    url: session.url,
    status: session.status ?? 'open',
    expiresAt: session.expires_at * 1000,
    amountSubtotal: session.amount_subtotal ?? 0,
    amountTotal: session.amount_total ?? 0,
    promotionCodeId: typeof discount === 'string' ? discount : (discount?.id ?? null),
  };
}
