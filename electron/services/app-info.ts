import type { AppInfo } from '../../shared/api/contract';
import type { StripeAccount } from './stripe/stripe-account';

export interface AppInfoSource {
  version: string;
  host: AppInfo['host'];
}

/** What the renderer needs to know about this install; with no Stripe key the app runs in sandbox mode. Never the key. */
export async function appInfo(source: AppInfoSource, account: StripeAccount): Promise<AppInfo> {
  const [mode, connected, keySource, connectedAccount] = await Promise.all([account.mode(), account.connected(), account.keySource(), account.account()]);
  const stripe: AppInfo['stripe'] = { mode, connected };
  if (keySource) stripe.keySource = keySource;
  if (connectedAccount) stripe.account = connectedAccount;
  return { version: source.version, host: source.host, stripe };
}
