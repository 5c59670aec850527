import type Stripe from 'stripe';
import type { StripeMode } from '../../../shared/api/contract';
import type { StripeAccountInfo, StripeConnected, StripeKeySource } from '../../../shared/api/stripe-account-calls';
import { checkStripeKey, stripeKeyMode } from '../../../shared/domain/stripe-key';
import { ServiceError } from '../service-error';
import { retrieveConnectedAccount } from './connected-account';
import type { KeyStore } from './key-store';
import { createStripeClient, type StripeConnection } from './stripe-client';

/** The local Stripe emulator sandbox mode talks to, started on demand. */
export interface SandboxEndpoint {
  connection(): Promise<StripeConnection>;
}

export interface StripeAccountOptions {
  /** a key from the environment (STRIPE_SECRET_KEY): it wins over a stored key and cannot be disconnected */
  environmentKey?: string | null;
  /** where real keys are sent instead of api.stripe.com: development and tests only (an emulator) */
  apiEndpoint?: StripeConnection['endpoint'];
}

export interface StripeAccount {
  mode(): Promise<StripeMode>;
  /** true when a real Stripe account (test or live key) is connected */
  connected(): Promise<boolean>;
  client(): Promise<Stripe>;
  /** where the key in use comes from; null in sandbox */
  keySource(): Promise<StripeKeySource | null>;
  /** the connected account as Stripe last described it; null in sandbox or before Stripe ever answered */
  account(): Promise<StripeAccountInfo | null>;
  /** checks the key's shape, asks Stripe which account it opens, and only then keeps it */
  connect(secretKey: string): Promise<StripeConnected>;
  /** forgets the stored key: back to sandbox (refused while the environment supplies the key) */
  disconnect(): Promise<void>;
}

/** STRIPE_SECRET_KEY as a key, or null when unset; a malformed one stops the start with the reason rather than failing every call later. */
export function environmentStripeKey(text: string | null | undefined): string | null {
  if (!text || text.trim() === '') return null;
  const checked = checkStripeKey(text);
  if (!checked.ok) throw new Error(`STRIPE_SECRET_KEY is set but is not a usable Stripe key: ${checked.message}`);
  return checked.key;
}

/** How long app:getInfo waits for Stripe to name the environment key's account (offline starts must stay fast). */
const ENVIRONMENT_LOOKUP_WAIT_MS = 2_000;

interface CurrentKey {
  secretKey: string;
  source: StripeKeySource;
  account: StripeAccountInfo | null;
}

/**
 * Which Stripe the app talks to: the account whose key is in the environment or the key store,
 * or — with no key — the sandbox emulator. A key's prefix tells test from live.
 */
export function stripeAccount(keys: KeyStore, sandbox: SandboxEndpoint, options: StripeAccountOptions = {}): StripeAccount {
  let cached: { key: string | null; client: Stripe } | null = null;
  // the environment's key has nowhere to keep its account: learnt from Stripe once per start
  let environmentAccount: StripeAccountInfo | null = null;
  let environmentPending: Promise<StripeAccountInfo | null> | null = null;
  const environmentKey = options.environmentKey?.trim() || null;
  const clientFor = (secretKey: string) => createStripeClient({ secretKey, ...(options.apiEndpoint && { endpoint: options.apiEndpoint }) });

  const current = async (): Promise<CurrentKey | null> => {
    if (environmentKey) return { secretKey: environmentKey, source: 'environment', account: environmentAccount };
    const stored = await keys.read();
    return stored && { secretKey: stored.secretKey, source: 'stored', account: stored.account };
  };

  return {
    mode: async () => {
      const key = await current();
      return key === null ? 'sandbox' : stripeKeyMode(key.secretKey);
    },
    connected: async () => (await current()) !== null,
    keySource: async () => (await current())?.source ?? null,
    async account() {
      const key = await current();
      if (key?.source === 'environment' && key.account === null) return environmentLookup(key.secretKey);
      return key?.account ?? null;
    },
    async client() {
      const key = (await current())?.secretKey ?? null;
      if (cached && cached.key === key) return cached.client;
      const client = key === null ? createStripeClient(await sandbox.connection()) : clientFor(key);
      cached = { key, client };
      return client;
    },
    async connect(secretKey) {
      if (environmentKey) throw environmentOwnsKey();
      const checked = checkStripeKey(secretKey);
      if (!checked.ok) throw new ServiceError('invalid_stripe_key', checked.message);
      // Stripe must accept the key before anything is kept: a refused key leaves the old state whole
      const account = await retrieveConnectedAccount(clientFor(checked.key));
      await keys.write({ secretKey: checked.key, account }).catch((error: unknown) => {
        throw new ServiceError('key_not_stored', `Stripe accepted the key, but it could not be stored: ${error instanceof Error ? error.message : String(error)}`);
      });
      return { mode: checked.mode, accountId: account.id, accountName: account.name, keySource: 'stored' };
    },
    async disconnect() {
      if (environmentKey) throw environmentOwnsKey();
      await keys.clear();
    },
  };

  /** Asks Stripe once which account the environment's key opens; app:getInfo waits for it only briefly. */
  async function environmentLookup(secretKey: string): Promise<StripeAccountInfo | null> {
    environmentPending ??= retrieveConnectedAccount(clientFor(secretKey)).then(
      (account) => (environmentAccount = account),
      () => null,
    ).finally(() => (environmentPending = null));
    return Promise.race([environmentPending, new Promise<null>((resolve) => setTimeout(() => resolve(null), ENVIRONMENT_LOOKUP_WAIT_MS))]);
  }

  function environmentOwnsKey(): ServiceError {
    return new ServiceError(
      'key_from_environment',
      'The Stripe key comes from the STRIPE_SECRET_KEY environment variable: change or remove it there and restart the app.',
    );
  }
}
