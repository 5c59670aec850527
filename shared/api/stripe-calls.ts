/**
 * The Stripe operations the app needs, as contract schemas. Amounts are integer minor units, times
 * epoch milliseconds (the gateway converts to Stripe's seconds). Every call that creates or changes
 * something carries the idempotency key its outbox entry fixed before the first send.
 */
import { z } from 'zod';

const stripeId = z.string().min(1).max(255);
const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code in capitals');
const amount = z.number().int().positive().max(99_999_999);
/** ≤ 255 characters and no personal data (Stripe stores keys for a day) */
const idempotencyKey = z.string().regex(/^[A-Za-z0-9:_-]{1,255}$/, 'letters, digits, : _ - only');
/** Stripe metadata: ≤ 50 keys, keys ≤ 40 characters, values ≤ 500 */
const metadata = z.record(z.string().max(40), z.string().max(500)).refine((m) => Object.keys(m).length <= 50, 'at most 50 keys');

export const rewardSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent_off'), percentOffBasisPoints: z.number().int().min(1).max(10_000) }),
  z.object({ kind: z.literal('amount_off'), amountOff: amount }),
]);

export const createCouponArgs = z.object({
  idempotencyKey,
  name: z.string().min(1).max(40),
  currency,
  reward: rewardSchema,
  metadata,
});
export const createdObject = z.object({ id: stripeId });

/** Stripe lets a coupon change only its name and metadata: the campaign's renaming. */
export const updateCouponArgs = z.object({
  idempotencyKey,
  couponId: stripeId,
  name: z.string().min(1).max(40),
  metadata,
});
export const couponNameSchema = z.object({ id: stripeId, name: z.string().nullable() });

export const promotionCodeRulesSchema = z.object({
  firstTimeOnly: z.boolean(),
  maxRedemptions: z.number().int().positive().nullable(),
  expiresAt: z.number().int().positive().nullable(),
  minimumOrder: amount.nullable(),
});

export const createPromotionCodeArgs = z.object({
  idempotencyKey,
  couponId: stripeId,
  code: z.string().regex(/^[A-Za-z0-9-]{1,500}$/, 'letters, digits and dashes, at most 500'),
  currency,
  rules: promotionCodeRulesSchema,
  /** a code retired before it reached Stripe is created inactive */
  active: z.boolean(),
  metadata,
});

/** A promotion code as the app keeps it: what offline verdicts need to be current. */
export const promotionCodeStateSchema = z.object({
  id: stripeId,
  code: z.string(),
  active: z.boolean(),
  timesRedeemed: z.number().int().min(0),
  maxRedemptions: z.number().int().positive().nullable(),
  expiresAt: z.number().int().nullable(),
});
export type PromotionCodeState = z.infer<typeof promotionCodeStateSchema>;

export const setPromotionCodeActiveArgs = z.object({ idempotencyKey, promotionCodeId: stripeId, active: z.boolean() });

export const createCustomerArgs = z.object({
  idempotencyKey,
  name: z.string().min(1).max(256),
  email: z.string().max(512).nullable(),
  phone: z.string().max(20).nullable(),
  metadata,
});

export const recordSaleArgs = z.object({
  idempotencyKey,
  customerId: stripeId,
  currency,
  orderAmount: amount,
  description: z.string().min(1).max(500),
  /** the referrer's promotion code; null when a manager chose to keep the discount as a manual one */
  promotionCodeId: stripeId.nullable(),
  /** a discount Stripe does not check (manager's decision after a conflict); 0 for none */
  manualDiscount: z.number().int().min(0).max(99_999_999),
  metadata,
});

export const recordedSaleSchema = z.object({
  invoiceId: stripeId,
  status: z.string(),
  subtotal: z.number().int(),
  total: z.number().int(),
  /** what Stripe took off: the truth after sync, whatever the counter computed */
  discountAmount: z.number().int().min(0),
  /** the promotion code re-read after the sale, so offline verdicts count this redemption */
  promotionCode: promotionCodeStateSchema.nullable(),
  /** Stripe's pay page for the invoice (for "pay later") */
  hostedInvoiceUrl: z.string().nullable(),
});
export type RecordedSale = z.infer<typeof recordedSaleSchema>;

export const pullChangesArgs = z.object({
  /** the newest event already applied; null for a first, full pull */
  cursor: z.string().nullable(),
  couponIds: z.array(stripeId).max(1000),
});

export const pulledChangesSchema = z.object({
  promotionCodes: z.array(promotionCodeStateSchema),
  /** Stripe customers known to have bought: for the first-time-order rule */
  customersWithOrders: z.array(z.object({ id: stripeId, email: z.string().nullable(), phone: z.string().nullable(), name: z.string().nullable() })),
  cursor: z.string().nullable(),
});
export type PulledChanges = z.infer<typeof pulledChangesSchema>;
