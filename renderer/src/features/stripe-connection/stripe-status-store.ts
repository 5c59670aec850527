import { create } from 'zustand';
import type { AppInfo } from '../../../../shared/api/contract';

export type StripeStatus = AppInfo['stripe'];

interface StripeStatusState {
  /** null until main has answered app:getInfo */
  stripe: StripeStatus | null;
  /** which host serves this window: it decides where a connected key is kept */
  host: AppInfo['host'] | null;
  set(stripe: StripeStatus, host: AppInfo['host']): void;
  reset(): void;
}

/** Which Stripe this window talks to, as main last said: sandbox, or the connected account and its mode. */
export const useStripeStatus = create<StripeStatusState>()((set) => ({
  stripe: null,
  host: null,
  set: (stripe, host) => set({ stripe, host }),
  reset: () => set({ stripe: null, host: null }),
}));

/** The mode as one short label: header badge and Settings. */
export function modeLabelOf(stripe: StripeStatus): string {
  if (stripe.mode === 'sandbox') return 'Sandbox';
  return stripe.mode === 'live' ? 'Stripe live mode' : 'Stripe test mode';
}
