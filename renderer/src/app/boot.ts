import type { Persistence } from '../features/settings/StorageNotice';
import { db } from '../db/db';
import { seedDemoIfEmpty } from '../db/demo-seed';
import { ensureDeviceId } from '../db/repos/settings-repo';
import { modeLabelOf } from '../features/stripe-connection/stripe-status-store';
import { applyStripeStatus } from '../features/stripe-connection/stripe-status';
import { getPosApi } from '../platform/api';
import { startSyncEngine } from '../sync/sync-engine';
import { setSyncEngine } from '../sync/sync-engine-context';

export interface AppProps {
  persistence: Persistence;
  modeLabel: string;
}

/**
 * Start-up: render at once, then ask for persistent storage, learn the Stripe mode from main and
 * seed the sandbox demo on a first start without Stripe. Each step re-renders with what it learned.
 */
export function startApp(render: (props: AppProps) => void): void {
  const props: AppProps = { persistence: 'checking', modeLabel: 'Sandbox' };
  const update = (patch: Partial<AppProps>) => render(Object.assign(props, patch));
  update({});
  void requestPersistence().then((persistence) => update({ persistence }));
  void prepareData().then(
    (modeLabel) => update({ modeLabel }),
    (error: unknown) => update({ modeLabel: `Start-up failed: ${error instanceof Error ? error.message : String(error)}` }),
  );
}

async function requestPersistence(): Promise<Persistence> {
  if (!navigator.storage?.persist) return 'unsupported';
  return (await navigator.storage.persist()) ? 'granted' : 'refused';
}

async function prepareData(): Promise<string> {
  const deviceId = await ensureDeviceId(db);
  const api = getPosApi();
  const info = await api['app:getInfo']({});
  if (!info.ok) return `Background service unreachable: ${info.error.message}`;
  const { stripe } = info.value;
  if (!stripe.connected) await seedDemoIfEmpty(db, Date.now());
  setSyncEngine(startSyncEngine(db, api, deviceId));
  // the header, the notices and the counter's reader follow the Stripe status from here on (Settings changes it)
  void applyStripeStatus(api, info.value);
  return modeLabelOf(stripe);
}
