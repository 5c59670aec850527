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
import { useHashRoute, type Route } from './useHashRoute';

/** The header's links: the screens each one stands for (it is marked current on them), and who may see it. */
const NAV: { href: string; label: string; screens: Route['screen'][]; needs?: 'staff' | 'audit' }[] = [
  { href: '#/', label: 'Counter', screens: ['counter'] },
  { href: '#/phone', label: 'Phone', screens: ['phone'] },
  { href: '#/campaigns', label: 'Campaigns', screens: ['campaigns'] },
  { href: '#/referrers', label: 'Referrers', screens: ['referrers'] },
  { href: '#/cards', label: 'Cards', screens: ['cards', 'card-batch'] },
  { href: '#/uploads', label: 'Uploads', screens: ['uploads'] },
  { href: '#/performance', label: 'Performance', screens: ['performance', 'diagnostics'] },
  { href: '#/sync', label: 'Sync status', screens: ['sync'] },
  { href: '#/settings', label: 'Settings', screens: ['settings'] },
  { href: '#/staff', label: 'Staff', screens: ['staff'], needs: 'staff' },
  { href: '#/audit', label: 'Audit log', screens: ['audit'], needs: 'audit' },
];

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
          {NAV.filter((link) => (link.needs === 'staff' ? canManageStaff : link.needs === 'audit' ? canViewAudit : true)).map((link) => (
            <a key={link.href} href={link.href} aria-current={link.screens.includes(route.screen) ? 'page' : undefined}>
              {link.label}
            </a>
          ))}
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
