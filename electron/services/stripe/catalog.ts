import type Stripe from 'stripe';
import type { z } from 'zod';
import type { createCouponArgs, createPromotionCodeArgs, PromotionCodeState, setPromotionCodeActiveArgs, updateCouponArgs } from '../../../shared/api/stripe-calls';
import { promotionCodeState } from './promotion-code-state';
import { ServiceError } from '../service-error';
import { callStripe } from './stripe-failure';

/** Campaigns become coupons: the reward, once per order. */
export async function createCoupon(stripe: Stripe, args: z.output<typeof createCouponArgs>): Promise<{ id: string }> {
  const reward =
    args.reward.kind === 'percent_off'
      ? { percent_off: args.reward.percentOffBasisPoints / 100 }
      : { amount_off: args.reward.amountOff, currency: args.currency.toLowerCase() };
  const coupon = await callStripe(() =>
    stripe.coupons.create({ ...reward, duration: 'once', name: args.name, metadata: args.metadata }, { idempotencyKey: args.idempotencyKey }),
  );
  return { id: coupon.id };
}

/** A renamed campaign renames its coupon: name and metadata are all Stripe lets a coupon change. */
export async function updateCoupon(stripe: Stripe, args: z.output<typeof updateCouponArgs>): Promise<{ id: string; name: string | null }> {
  const coupon = await callStripe(() => stripe.coupons.update(args.couponId, { name: args.name, metadata: args.metadata }, { idempotencyKey: args.idempotencyKey }));
  return { id: coupon.id, name: coupon.name };
}

/** Referral codes become promotion codes on their campaign's coupon, with the code's rules as restrictions. */
export async function createPromotionCode(stripe: Stripe, args: z.output<typeof createPromotionCodeArgs>): Promise<PromotionCodeState> {
  const { rules } = args;
  const params: Stripe.PromotionCodeCreateParams = {
    promotion: { type: 'coupon', coupon: args.couponId },
    code: args.code,
    active: args.active,
    metadata: args.metadata,
    restrictions: {
      first_time_transaction: rules.firstTimeOnly,
      ...(rules.minimumOrder !== null && { minimum_amount: rules.minimumOrder, minimum_amount_currency: args.currency.toLowerCase() }),
    },
    ...(rules.maxRedemptions !== null && { max_redemptions: rules.maxRedemptions }),
    ...(rules.expiresAt !== null && { expires_at: Math.floor(rules.expiresAt / 1000) }),
  };
  try {
    return promotionCodeState(await callStripe(() => stripe.promotionCodes.create(params, { idempotencyKey: args.idempotencyKey })));
  } catch (error) {
    const adopted = error instanceof ServiceError && error.stripe?.code === 'resource_already_exists' ? await ourExistingCode(stripe, args) : null;
    if (adopted) return adopted;
    throw error;
  }
}

/**
 * The code string is taken: when it is ours already (same coupon, e.g. created by an earlier
 * attempt whose idempotency key has expired), that code is the answer; anyone else's is a conflict.
 */
async function ourExistingCode(stripe: Stripe, args: z.output<typeof createPromotionCodeArgs>): Promise<PromotionCodeState | null> {
  const found = await callStripe(() => stripe.promotionCodes.list({ code: args.code, active: true, limit: 10 }));
  const ours = found.data.find((code) => couponOf(code) === args.couponId && !code.customer);
  return ours ? promotionCodeState(ours) : null;
}

function couponOf(code: Stripe.PromotionCode): string | null {
  const coupon = code.promotion.coupon;
  return typeof coupon === 'string' ? coupon : (coupon?.id ?? null);
}

/** Deactivating is the only way to retire a code (and frees its string for reuse). */
export async function setPromotionCodeActive(stripe: Stripe, args: z.output<typeof setPromotionCodeActiveArgs>): Promise<PromotionCodeState> {
  const code = await callStripe(() =>
    stripe.promotionCodes.update(args.promotionCodeId, { active: args.active }, { idempotencyKey: args.idempotencyKey }),
  );
  return promotionCodeState(code);
}
