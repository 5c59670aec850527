import type { Campaign } from '../../../../shared/domain/records';
import type { Sender } from './sender';
import { nothingToWrite } from './sender';

/** Stripe limits a coupon's name to 40 characters; the full name stays in its metadata. */
const COUPON_NAME_LIMIT = 40;

/** The coupon's name and the metadata that carries the campaign's full name. */
export function couponNaming(campaign: Campaign): { name: string; campaignName: string } {
  return { name: campaign.name.slice(0, COUPON_NAME_LIMIT), campaignName: campaign.name.slice(0, 500) };
}

/** A campaign becomes its coupon. */
export const sendCoupon: Sender = async ({ db, api }, entry) => {
  const campaign = await db.campaigns.get(entry.recordId);
  if (!campaign || campaign.stripeCouponId) return { kind: 'done', writeBack: nothingToWrite };
  const { name, campaignName } = couponNaming(campaign);
  const result = await api['stripe:createCoupon']({
    idempotencyKey: entry.id,
    name,
    currency: campaign.currency,
    reward: campaign.reward,
    metadata: { campaign_id: campaign.id, campaign_name: campaignName },
  });
  if (!result.ok) return { kind: 'failed', error: result.error, actions: ['retry'] };
  return { kind: 'done', writeBack: async () => void (await db.campaigns.update(campaign.id, { stripeCouponId: result.value.id })) };
};
