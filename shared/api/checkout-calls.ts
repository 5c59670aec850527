/**
 * Contract schemas for a phone rep's payment link: a Stripe Checkout Session in payment mode for
 * the caller's order, with the referrer's promotion code preset (judged by Stripe at creation).
 */
import { z } from 'zod';

const stripeId = z.string().min(1).max(255);
const idempotencyKey = z.string().regex(/^[A-Za-z0-9:_-]{1,255}$/, 'letters, digits, : _ - only');
const metadata = z.record(z.string().max(40), z.string().max(500)).refine((m) => Object.keys(m).length <= 50, 'at most 50 keys');
const pageUrl = z.url({ protocol: /^https?$/ }).max(5000);

export const createCheckoutSessionArgs = z.object({
  idempotencyKey,
  customerId: stripeId,
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code in capitals'),
  orderAmount: z.number().int().positive().max(99_999_999),
  /** the line item's name on Stripe's page */
  description: z.string().min(1).max(500),
  promotionCodeId: stripeId,
  /** null: Stripe's own confirmation page */
  successUrl: pageUrl.nullable(),
  /** null: no back link on Stripe's page */
  cancelUrl: pageUrl.nullable(),
  metadata,
});

export const checkoutSessionSchema = z.object({
  sessionId: stripeId,
  /** Stripe's hosted pay page; null once the session is complete or expired */
  url: z.string().nullable(),
  status: z.string(),
  /** epoch ms */
  expiresAt: z.number().int(),
  amountSubtotal: z.number().int(),
  amountTotal: z.number().int(),
  promotionCodeId: z.string().nullable(),
});
export type CheckoutSession = z.infer<typeof checkoutSessionSchema>;
