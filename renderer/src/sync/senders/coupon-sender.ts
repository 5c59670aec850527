import type { Sender } from './sender';
import { nothingToWrite } from './sender';

/** Stripe limits a coupon's name to 40 characters; the full name stays in its metadata. */
const COUPON_NAME_LIMIT = 40;

/** A campaign becomes its coupon. */
export const sendCoupon: Sender = async ({ db, api }, entry) => {
  const campaign = await db.campaigns.get(entry.recordId);
  if (!campaign || campaign.stripeCouponId) return { kind: 'done', writeBack: nothingToWrite };
  const result = await api['stripe:createCoupon']({
    idempotencyKey: entry.id,
    name: campaign.name.slice(0, COUPON_NAME_LIMIT),
    currency: campaign.currency,
    reward: campaign.reward,
    metadata: { campaign_id: campaign.id, campaign_name: campaign.name.slice(0, 500) },
  });
  if (!result.ok) return { kind: 'failed', error: result.error, actions: ['retry'] };
  return { kind: 'done', writeBack: async () => void (await db.campaigns.update(campaign.id, { stripeCouponId: result.value.id })) };
};
