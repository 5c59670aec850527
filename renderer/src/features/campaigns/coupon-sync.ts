import type { Campaign, OutboxEntry } from '../../../../shared/domain/records';

/** Where a campaign's coupon stands in Stripe, in a manager's words. */
export type CouponSync =
  | { kind: 'in_stripe'; couponId: string; renameWaiting: boolean }
  | { kind: 'waiting'; lastProblem: string | null }
  | { kind: 'conflict'; message: string }
  | { kind: 'not_queued' };

/** The coupon's state from the campaign and its outbox entries (coupon.create and coupon.update). */
export function couponSync(campaign: Campaign, entries: OutboxEntry[]): CouponSync {
  if (campaign.stripeCouponId) {
    return { kind: 'in_stripe', couponId: campaign.stripeCouponId, renameWaiting: entries.some((e) => e.kind === 'coupon.update' && e.state === 'pending') };
  }
  const creations = entries.filter((e) => e.kind === 'coupon.create');
  const refused = creations.find((e) => e.state === 'conflict');
  if (refused) return { kind: 'conflict', message: refused.lastFailure?.stripe?.message ?? refused.lastFailure?.message ?? 'Stripe refused the coupon.' };
  const pending = creations.find((e) => e.state === 'pending');
  if (pending) return { kind: 'waiting', lastProblem: pending.lastFailure?.message ?? null };
  return { kind: 'not_queued' };
}
