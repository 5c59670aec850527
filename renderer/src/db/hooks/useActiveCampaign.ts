import { useLiveQuery } from 'dexie-react-hooks';
import type { Campaign } from '../../../../shared/domain/records';
import { db } from '../db';
import { getSetting, putSetting, SETTING } from '../repos/settings-repo';

export interface CampaignsState {
  campaigns: Campaign[];
  active: Campaign | undefined;
  loaded: boolean;
}

/** All campaigns and the one the counter works in (the first one until someone picks). */
export function useCampaigns(): CampaignsState {
  const result = useLiveQuery(async () => {
    const campaigns = await db.campaigns.toArray();
    const activeId = await getSetting<string>(db, SETTING.activeCampaignId);
    return { campaigns, active: campaigns.find((c) => c.id === activeId) ?? campaigns[0] };
  });
  return { campaigns: result?.campaigns ?? [], active: result?.active, loaded: result !== undefined };
}

export function selectCampaign(id: string): Promise<void> {
  return putSetting(db, SETTING.activeCampaignId, id);
}
