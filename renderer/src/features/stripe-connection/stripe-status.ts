import type { AppInfo, PosApi } from '../../../../shared/api/contract';
import { db } from '../../db/db';
import { readerMemory } from '../../db/repos/reader-settings';
import { syncEngine } from '../../sync/sync-engine-context';
import { startCounterReader } from '../../terminal/counter-reader';
import { useStripeStatus, type StripeStatus } from './stripe-status-store';

/**
 * Makes everything that depends on the Stripe mode follow it: the status every screen reads, and
 * the counter's reader (a simulated one in sandbox, Stripe Terminal with a real account). The sync
 * engine calls Stripe through main, which switches keys by itself.
 */
export async function applyStripeStatus(api: PosApi, info: AppInfo): Promise<void> {
  useStripeStatus.getState().set(info.stripe, info.host);
  const stripe: StripeStatus = info.stripe;
  await startCounterReader(api, stripe, readerMemory(db));
}

/**
 * After a connect or disconnect: re-reads the mode from main and applies it without a reload, then
 * syncs at once, so that a halt for a refused key ends as soon as a good key is in.
 */
export async function refreshStripeStatus(api: PosApi): Promise<StripeStatus> {
  const info = await api['app:getInfo']({});
  if (!info.ok) throw new Error(`The app could not read its Stripe connection: ${info.error.message}`);
  await applyStripeStatus(api, info.value);
  void syncEngine()?.syncNow();
  return info.value.stripe;
}
