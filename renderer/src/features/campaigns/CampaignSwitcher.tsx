import { selectCampaign, useCampaigns } from '../../db/hooks/useActiveCampaign';

/** The campaign the counter works in: switching is explicit and always visible. */
export function CampaignSwitcher() {
  const { campaigns, active } = useCampaigns();
  if (campaigns.length === 0) return <p className="muted">No campaign yet</p>;
  return (
    <label className="campaign-switcher">
      Campaign
      <select value={active?.id ?? ''} onChange={(e) => void selectCampaign(e.target.value)}>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
