import { useState } from 'react';
import { describeReward } from '../../../../shared/domain/discount';
import { db } from '../../db/db';
import { useCampaigns } from '../../db/hooks/useActiveCampaign';
import { makeCampaignActive } from '../../db/repos/campaign-editor';
import { actingAs } from '../../session/acting';

/**
 * The campaign the counter works in, on every screen: switching is an explicit choice here or
 * "Make active" on the Campaigns screen, never a side effect; each switch is audited.
 */
export function CampaignSwitcher() {
  const { campaigns, active } = useCampaigns();
  const [failure, setFailure] = useState<string | null>(null);
  if (campaigns.length === 0) {
    return (
      <p className="muted">
        No campaign yet: <a href="#/campaigns">create one</a>
      </p>
    );
  }
  const switchTo = async (id: string) => {
    try {
      // working in another campaign is counter work: anyone signed in may switch, and it is audited
      await makeCampaignActive(db, id, await actingAs());
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="campaign-switcher">
      <label className="campaign-switcher">
        Campaign
        <select value={active?.id ?? ''} onChange={(e) => void switchTo(e.target.value)}>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <span className="muted" aria-label="Active campaign reward">
          {describeReward(active.reward, active.currency)}
        </span>
      )}
      {failure && <span role="alert">{failure}</span>}
    </div>
  );
}
