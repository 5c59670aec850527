import { useCampaigns } from '../../db/hooks/useActiveCampaign';
import { AddReferrerForm } from './AddReferrerForm';
import { GenerateAllCodes } from './GenerateAllCodes';
import { ImportReferrers } from './ImportReferrers';
import { ReferrerList } from './ReferrerList';
import { StripeCustomerSync } from './StripeCustomerSync';

/** The manager's Referrers screen for the active campaign: add, import, sync, generate codes, find and change referrers. */
export function ReferrersScreen() {
  const { active, loaded } = useCampaigns();
  if (!loaded) return null;
  if (!active) {
    return (
      <main className="referrers" aria-label="Referrers">
        <h2>Referrers</h2>
        <p>Create a campaign first: referrers belong to a campaign.</p>
      </main>
    );
  }
  return (
    <main className="referrers" aria-label="Referrers">
      <h2>Referrers of “{active.name}”</h2>
      <div className="referrer-tools" key={active.id}>
        <AddReferrerForm campaign={active} />
        <GenerateAllCodes campaignId={active.id} />
        <ImportReferrers campaign={active} />
        <StripeCustomerSync campaignId={active.id} />
      </div>
      <ReferrerList campaignId={active.id} />
    </main>
  );
}
