import { couponNaming } from './coupon-sender';
import { localFailure, nothingToWrite, type Sender } from './sender';

/**
 * A renamed campaign renames its coupon (name and metadata are all Stripe lets a coupon change).
 * The name sent is the campaign's name at send time, so the newest name wins whatever the order of
 * edits. The idempotency key is the entry's id plus a digest of that name: a retry of the same
 * request replays it, and a retry after a further rename is a new request instead of Stripe's
 * "same key, other parameters" refusal.
 */
export const sendCouponUpdate: Sender = async ({ db, api }, entry) => {
  const campaign = await db.campaigns.get(entry.recordId);
  if (!campaign) return { kind: 'done', writeBack: nothingToWrite };
  if (!campaign.stripeCouponId) {
    return localFailure('local_coupon_missing', `The coupon of “${campaign.name}” is not in Stripe yet, so its name cannot change there.`, ['retry']);
  }
  const { name, campaignName } = couponNaming(campaign);
  const result = await api['stripe:updateCoupon']({
    idempotencyKey: `${entry.id}:${nameDigest(name)}`,
    couponId: campaign.stripeCouponId,
    name,
    metadata: { campaign_name: campaignName },
  });
  if (!result.ok) return { kind: 'failed', error: result.error, actions: ['retry'] };
  return { kind: 'done', writeBack: nothingToWrite };
};

/** FNV-1a (32 bits) of the name's UTF-16 units, base 36: keys stay short and free of personal text. */
function nameDigest(name: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
