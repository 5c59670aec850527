import { CampaignSwitcher } from '../features/campaigns/CampaignSwitcher';
import { CounterScreen } from '../features/counter/CounterScreen';
import { DemoBanner } from '../features/settings/DemoBanner';
import { StorageNotice, type Persistence } from '../features/settings/StorageNotice';
import { ConnectionBadge } from '../features/sync-status/ConnectionBadge';
import { SyncStatusScreen } from '../features/sync-status/SyncStatusScreen';
import { useHashRoute } from './useHashRoute';

export function App({ persistence, modeLabel }: { persistence: Persistence; modeLabel: string }) {
  const route = useHashRoute();
  return (
    <>
      <header className="app-header">
        <h1>Referral POS</h1>
        <span className="mode" aria-label="Mode">
          {modeLabel}
        </span>
        <nav aria-label="Screens" className="screens">
          <a href="#/" aria-current={route === 'counter' ? 'page' : undefined}>
            Counter
          </a>
          <a href="#/sync" aria-current={route === 'sync' ? 'page' : undefined}>
            Sync status
          </a>
        </nav>
        <CampaignSwitcher />
        <ConnectionBadge />
      </header>
      <StorageNotice persistence={persistence} />
      <DemoBanner />
      {route === 'sync' ? <SyncStatusScreen /> : <CounterScreen />}
    </>
  );
}
