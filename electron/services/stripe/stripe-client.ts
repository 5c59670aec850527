import Stripe from 'stripe';

/** The API version every request is made in; the emulator answers in its shapes too. */
export const STRIPE_API_VERSION = '2026-10-28.endive' as const;

export interface StripeConnection {
  secretKey: string;
  /** Stripe itself when omitted; the emulator in sandbox mode and tests */
  endpoint?: { host: string; port: number; protocol: 'http' | 'https' };
  /** how long to wait for an answer before calling Stripe unreachable; 20 s unless a test shortens it */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * The one way to build a Stripe client. stripe-node's own retries are off: the outbox decides when
 * to retry, with the same idempotency key, and honours 429s, which stripe-node would not.
 */
export function createStripeClient(connection: StripeConnection): Stripe {
  return new Stripe(connection.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: 0,
    timeout: connection.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    telemetry: false,
    appInfo: { name: 'Referral POS' },
    ...(connection.endpoint && { host: connection.endpoint.host, port: connection.endpoint.port, protocol: connection.endpoint.protocol }),
  });
}
