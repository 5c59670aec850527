import { CampaignSwitcher } from '../features/campaigns/CampaignSwitcher';
import { CounterScreen } from '../features/counter/CounterScreen';
import { DemoBanner } from '../features/settings/DemoBanner';
import { StorageNotice, type Persistence } from '../features/settings/StorageNotice';
import { ConnectionBadge } from '../features/sync-status/ConnectionBadge';

export function App({ persistence, modeLabel }: { persistence: Persistence; modeLabel: string }) {
  return (
    <>
      <header className="app-header">
        <h1>Referral POS</h1>
        <span className="mode" aria-label="Mode">
          {modeLabel}
        </span>
        <CampaignSwitcher />
        <ConnectionBadge />
      </header>
      <StorageNotice persistence={persistence} />
      <DemoBanner />
      <CounterScreen />
    </>
  );
}
