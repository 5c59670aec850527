import type { ApiResult } from '../../../../shared/api/contract';
import type { PromotionCodeState } from '../../../../shared/api/stripe-calls';
import type { Campaign, ReferralCode } from '../../../../shared/domain/records';
import { codeCreationKey } from '../../../../shared/sync/outbox-entry';
import type { SenderContext } from './sender';

/**
 * Creates one referral code's promotion code (or gets back the one an earlier attempt made: the key
 * derives from the batch entry and the code) and stores what Stripe answered.
 */
export async function createPromotionCode(ctx: SenderContext, code: ReferralCode, campaign: Campaign): Promise<ApiResult<PromotionCodeState>> {
  if (!code.syncEntryId) return { ok: false, error: { code: 'local_code_not_synced', message: `${code.code} exists only on this device, not in Stripe.` } };
  if (!campaign.stripeCouponId) return { ok: false, error: { code: 'local_coupon_missing', message: `The campaign “${campaign.name}” has no coupon in Stripe yet.` } };
  const result = await ctx.api['stripe:createPromotionCode']({
    idempotencyKey: codeCreationKey(code.syncEntryId, code.code),
    couponId: campaign.stripeCouponId,
    code: code.code,
    currency: campaign.currency,
    rules: code.rules,
    active: code.active,
    metadata: { campaign_id: campaign.id, referrer_id: code.referrerId },
  });
  if (result.ok) await applyPromotionCodeState(ctx, code.code, result.value);
  return result;
}

/** Stripe's counts and state become the code's: offline verdicts then count other devices' sales. */
export async function applyPromotionCodeState(ctx: SenderContext, code: string, state: PromotionCodeState): Promise<void> {
  await ctx.db.codes.update(code, { stripePromotionCodeId: state.id, timesRedeemed: state.timesRedeemed, active: state.active });
}
