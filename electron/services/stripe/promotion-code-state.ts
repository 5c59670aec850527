import type Stripe from 'stripe';
import type { PromotionCodeState } from '../../../shared/api/stripe-calls';

/** The part of a Stripe promotion code that offline verdicts depend on (times in ms). */
export function promotionCodeState(code: Stripe.PromotionCode): PromotionCodeState {
  return {
    id: code.id,
    code: code.code,
    active: code.active,
    timesRedeemed: code.times_redeemed,
    maxRedemptions: code.max_redemptions ?? null,
    expiresAt: code.expires_at ? code.expires_at * 1000 : null,
  };
}
