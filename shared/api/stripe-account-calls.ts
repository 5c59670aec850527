/**
 * Connecting the app to a Stripe account: the key goes in once (its shape checked before any request
 * to Stripe) and never comes back out; what comes back is the account it opens and its mode.
 */
import { z } from 'zod';

/** The key's shape is judged by the handler (`checkStripeKey`), so that its refusal reads as one sentence. */
export const connectStripeArgs = z.object({ secretKey: z.string().max(2000) });

/** Where the connected key is kept: the app's own store, or an environment variable it cannot change. */
export const stripeKeySourceSchema = z.enum(['stored', 'environment']);
export type StripeKeySource = z.infer<typeof stripeKeySourceSchema>;

export const stripeAccountSchema = z.object({
  id: z.string(),
  /** the Dashboard's display name, else the business name; null when the account has neither */
  name: z.string().nullable(),
});
export type StripeAccountInfo = z.infer<typeof stripeAccountSchema>;

export const stripeConnectedSchema = z.object({
  mode: z.enum(['test', 'live']),
  accountId: z.string(),
  accountName: z.string().nullable(),
  keySource: stripeKeySourceSchema,
});
export type StripeConnected = z.infer<typeof stripeConnectedSchema>;

export const stripeDisconnectedSchema = z.object({ mode: z.literal('sandbox') });
