import { CampaignSwitcher } from '../features/campaigns/CampaignSwitcher';
import { BatchPrintScreen } from '../features/cards/BatchPrintScreen';
import { CardsScreen } from '../features/cards/CardsScreen';
import { CampaignsScreen } from '../features/campaigns/CampaignsScreen';
import { CounterScreen } from '../features/counter/CounterScreen';
import { KioskApp } from '../features/kiosk/KioskApp';
import { useKioskMode } from '../features/kiosk/useKioskMode';
import { DiagnosticsScreen } from '../features/diagnostics/DiagnosticsScreen';
import { PerformanceScreen } from '../features/performance/PerformanceScreen';
import { PhoneScreen } from '../features/phone/PhoneScreen';
import { DemoBanner } from '../features/settings/DemoBanner';
import { StorageNotice, type Persistence } from '../features/settings/StorageNotice';
import { TillSettings } from '../features/settings/TillSettings';
import { ConnectionBadge } from '../features/sync-status/ConnectionBadge';
import { StripeModeBadge } from '../features/stripe-connection/StripeModeBadge';
import { ReceiptScreen } from '../features/receipts/ReceiptScreen';
import { ReferrersScreen } from '../features/referrers/ReferrersScreen';
import { SyncStatusScreen } from '../features/sync-status/SyncStatusScreen';
import { AuditScreen } from '../features/audit/AuditScreen';
import { OpenTillBanner } from '../features/staff/OpenTillBanner';
import { SessionBar } from '../features/staff/SessionBar';
import { SignInScreen } from '../features/staff/SignInScreen';
import { StaffScreen } from '../features/staff/StaffScreen';
import { useSignInGate } from '../features/staff/useSignInGate';
import { useCan } from '../session/useCan';
import { UploadsScreen } from '../features/uploads/UploadsScreen';
import { useHashRoute } from './useHashRoute';

export function App({ persistence, modeLabel }: { persistence: Persistence; modeLabel: string }) {
  const route = useHashRoute();
  const { staff, needsSignIn } = useSignInGate();
  const canManageStaff = useCan('staff.manage');
  const canViewAudit = useCan('audit.view');
  const kiosk = useKioskMode();
  if (staff === undefined || kiosk === undefined) return null;
  // a kiosk faces customers: nothing of the till, and no sign-in screen that idles it out
  if (kiosk) return <KioskApp />;
  if (needsSignIn) {
    return (
      <>
        <header className="app-header">
          <h1>Referral POS</h1>
          <ConnectionBadge />
        </header>
        <SignInScreen people={staff.people} />
      </>
    );
  }
  return (
    <>
      <header className="app-header">
        <h1>Referral POS</h1>
        <StripeModeBadge fallback={modeLabel} />
        <nav aria-label="Screens" className="screens">
          <a href="#/" aria-current={route.screen === 'counter' ? 'page' : undefined}>
            Counter
          </a>
          <a href="#/phone" aria-current={route.screen === 'phone' ? 'page' : undefined}>
            Phone
          </a>
          <a href="#/campaigns" aria-current={route.screen === 'campaigns' ? 'page' : undefined}>
            Campaigns
          </a>
          <a href="#/referrers" aria-current={route.screen === 'referrers' ? 'page' : undefined}>
            Referrers
          </a>
          <a href="#/cards" aria-current={route.screen === 'cards' || route.screen === 'card-batch' ? 'page' : undefined}>
            Cards
          </a>
          <a href="#/uploads" aria-current={route.screen === 'uploads' ? 'page' : undefined}>
            Uploads
          </a>
          <a href="#/performance" aria-current={route.screen === 'performance' || route.screen === 'diagnostics' ? 'page' : undefined}>
            Performance
          </a>
          <a href="#/sync" aria-current={route.screen === 'sync' ? 'page' : undefined}>
            Sync status
          </a>
          <a href="#/settings" aria-current={route.screen === 'settings' ? 'page' : undefined}>
            Settings
          </a>
          {canManageStaff && (
            <a href="#/staff" aria-current={route.screen === 'staff' ? 'page' : undefined}>
              Staff
            </a>
          )}
          {canViewAudit && (
            <a href="#/audit" aria-current={route.screen === 'audit' ? 'page' : undefined}>
              Audit log
            </a>
          )}
        </nav>
        <CampaignSwitcher />
        <ConnectionBadge />
        <SessionBar />
      </header>
      {!staff.setUp && <OpenTillBanner />}
      <StorageNotice persistence={persistence} />
      <DemoBanner />
      {route.screen === 'sync' && <SyncStatusScreen />}
      {route.screen === 'settings' && <TillSettings />}
      {route.screen === 'staff' && <StaffScreen />}
      {route.screen === 'audit' && <AuditScreen />}
      {route.screen === 'campaigns' && <CampaignsScreen />}
      {route.screen === 'uploads' && <UploadsScreen />}
      {route.screen === 'referrers' && <ReferrersScreen />}
      {route.screen === 'receipt' && <ReceiptScreen redemptionId={route.redemptionId} paper={route.paper} />}
      {route.screen === 'counter' && <CounterScreen />}
      {route.screen === 'cards' && <CardsScreen />}
      {route.screen === 'card-batch' && <BatchPrintScreen batchId={route.batchId} />}
      {route.screen === 'performance' && <PerformanceScreen />}
      {route.screen === 'diagnostics' && <DiagnosticsScreen subject={route.subject} />}
      {route.screen === 'phone' && <PhoneScreen />}
    </>
  );
}
