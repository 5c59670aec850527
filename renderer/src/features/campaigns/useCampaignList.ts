import { useLiveQuery } from 'dexie-react-hooks';
import type { Campaign } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { couponLockReason } from '../../db/repos/campaign-editor';
import { getSetting, SETTING } from '../../db/repos/settings-repo';
import { couponSync, type CouponSync } from './coupon-sync';

export type { CouponSync } from './coupon-sync';

export interface CampaignRow {
  campaign: Campaign;
  coupon: CouponSync;
  active: boolean;
}

/** Every campaign with its coupon's sync state and whether the counter works in it. */
export function useCampaignList(): { rows: CampaignRow[]; loaded: boolean } {
  const rows = useLiveQuery(async () => {
    const campaigns = await db.campaigns.toArray();
    const entries = await db.outbox.where('recordId').anyOf(campaigns.map((c) => c.id)).toArray();
    const activeId = (await getSetting<string>(db, SETTING.activeCampaignId)) ?? campaigns[0]?.id;
    return campaigns.map((campaign) => ({
      campaign,
      coupon: couponSync(campaign, entries.filter((e) => e.recordId === campaign.id)),
      active: campaign.id === activeId,
    }));
  });
  return { rows: rows ?? [], loaded: rows !== undefined };
}

/** Why the reward and currency of this campaign can no longer change; null while they can. */
export function useCouponLock(campaignId: string | null): string | null | undefined {
  return useLiveQuery(async () => {
    if (!campaignId) return null;
    const campaign = await db.campaigns.get(campaignId);
    return campaign ? couponLockReason(db, campaign) : null;
  }, [campaignId]);
}

/** Whether a manager has made a campaign of their own yet (the demo's do not count). */
export function useHasRealCampaign(): boolean | undefined {
  return useLiveQuery(async () => (await db.campaigns.filter((c) => !c.isDemo).count()) > 0);
}
