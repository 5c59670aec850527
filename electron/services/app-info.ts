import type { AppInfo } from '../../shared/api/contract';
import type { StripeAccount } from './stripe/stripe-account';

export interface AppInfoSource {
  version: string;
  host: AppInfo['host'];
}

/** What the renderer needs to know about this install; with no Stripe key the app runs in sandbox mode. */
export async function appInfo(source: AppInfoSource, account: StripeAccount): Promise<AppInfo> {
  return { version: source.version, host: source.host, stripe: { mode: await account.mode(), connected: await account.connected() } };
}
