import type { AppInfo } from '../../shared/api/contract';

export interface AppInfoSource {
  version: string;
  host: AppInfo['host'];
}

/**
 * What the renderer needs to know about this install. Until a Stripe account is connected the app
 * runs in sandbox mode, which is what seeds the demo campaign.
 */
export function appInfo(source: AppInfoSource): AppInfo {
  return { version: source.version, host: source.host, stripe: { mode: 'sandbox', connected: false } };
}
