import Stripe from 'stripe';
import { E2E_STRIPE_PORT } from '../../playwright.config';

/** The sandbox's Stripe (the emulator the app under test talks to), read as any integration would. */
export const stripe = new Stripe('sk_test_e2e_reader', { host: '127.0.0.1', port: E2E_STRIPE_PORT, protocol: 'http', maxNetworkRetries: 2 });

/** Reads share the sandbox's rate limit with the apps under test: a 429 is waited out. */
export async function read<T>(request: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeRateLimitError) || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

type FaultRule = { method?: string; path?: string; bodyIncludes?: string; action: { kind: 'error'; status?: 500 | 502 | 503 | 504 } | { kind: 'timeout' } };

/** Makes the sandbox's Stripe misbehave for the requests a rule matches (scope it with bodyIncludes: tests run in parallel). */
export async function injectFault(rule: FaultRule): Promise<{ remove(): Promise<void> }> {
  const admin = `http://127.0.0.1:${E2E_STRIPE_PORT}/__admin/faults`;
  const answer = await fetch(admin, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rule) });
  if (!answer.ok) throw new Error(`the emulator refused the fault rule: ${await answer.text()}`);
  const { ids } = (await answer.json()) as { ids: string[] };
  return {
    remove: async () => {
      for (const id of ids) await fetch(`${admin}/${id}`, { method: 'DELETE' });
    },
  };
}
