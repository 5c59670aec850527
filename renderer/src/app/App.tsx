import { CampaignSwitcher } from '../features/campaigns/CampaignSwitcher';
import { CounterScreen } from '../features/counter/CounterScreen';
import { DemoBanner } from '../features/settings/DemoBanner';
import { StorageNotice, type Persistence } from '../features/settings/StorageNotice';
import { TillSettings } from '../features/settings/TillSettings';
import { ConnectionBadge } from '../features/sync-status/ConnectionBadge';
import { ReceiptScreen } from '../features/receipts/ReceiptScreen';
import { ReferrersScreen } from '../features/referrers/ReferrersScreen';
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
          <a href="#/" aria-current={route.screen === 'counter' ? 'page' : undefined}>
            Counter
          </a>
          <a href="#/sync" aria-current={route.screen === 'sync' ? 'page' : undefined}>
            Sync status
          </a>
          <a href="#/settings" aria-current={route.screen === 'settings' ? 'page' : undefined}>
            Settings
          </a>
          <a href="#/referrers" aria-current={route.screen === 'referrers' ? 'page' : undefined}>
            Referrers
          </a>
        </nav>
        <CampaignSwitcher />
        <ConnectionBadge />
      </header>
      <StorageNotice persistence={persistence} />
      <DemoBanner />
      {route.screen === 'sync' && <SyncStatusScreen />}
      {route.screen === 'settings' && <TillSettings />}
      {route.screen === 'referrers' && <ReferrersScreen />}
      {route.screen === 'receipt' && <ReceiptScreen redemptionId={route.redemptionId} paper={route.paper} />}
      {route.screen === 'counter' && <CounterScreen />}
    </>
  );
}
