import type Stripe from 'stripe';
import type { StripeMode } from '../../../shared/api/contract';
import { ServiceError } from '../service-error';
import type { KeyStore } from './key-store';
import { createStripeClient, type StripeConnection } from './stripe-client';

/** The local Stripe emulator sandbox mode talks to, started on demand. */
export interface SandboxEndpoint {
  connection(): Promise<StripeConnection>;
}

export interface StripeAccount {
  mode(): Promise<StripeMode>;
  /** true when a real Stripe account (test or live key) is connected */
  connected(): Promise<boolean>;
  client(): Promise<Stripe>;
}

/**
 * Which Stripe the app talks to: the account whose key is in the key store, or — with no key —
 * the sandbox emulator. A key's prefix tells test from live.
 */
export function stripeAccount(keys: KeyStore, sandbox: SandboxEndpoint): StripeAccount {
  let cached: { key: string | null; client: Stripe } | null = null;
  const modeOf = (key: string | null): StripeMode => (key === null ? 'sandbox' : /^(sk|rk)_live_/.test(key) ? 'live' : 'test');
  return {
    mode: async () => modeOf(await keys.read()),
    connected: async () => (await keys.read()) !== null,
    async client() {
      const key = await keys.read();
      if (cached && cached.key === key) return cached.client;
      const connection = key === null ? await sandbox.connection() : { secretKey: key };
      if (!connection.secretKey) throw new ServiceError('stripe_not_connected', 'No Stripe key is stored.');
      cached = { key, client: createStripeClient(connection) };
      return cached.client;
    },
  };
}
