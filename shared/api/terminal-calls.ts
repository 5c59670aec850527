/**
 * Contract schemas for the card reader: connection tokens and a Terminal Location for the real SDK,
 * and — in sandbox and test mode only — presenting a test card for the simulated reader.
 */
import { z } from 'zod';

export const TEST_CARDS = [
  'visa',
  'mastercard',
  'amex',
  'declined',
  'insufficient_funds',
  'lost_card',
  'stolen_card',
  'expired_card',
  'processing_error',
] as const;
export type TestCard = (typeof TEST_CARDS)[number];

export const connectionTokenSchema = z.object({ secret: z.string().min(1) });

export const ensureLocationArgs = z.object({
  displayName: z.string().min(1).max(100),
  address: z.object({
    line1: z.string().min(1).max(200),
    city: z.string().min(1).max(100),
    postalCode: z.string().min(1).max(20),
    country: z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code'),
    state: z.string().max(100).nullable(),
  }),
});
export const locationSchema = z.object({ locationId: z.string().min(1) });

export const presentTestCardArgs = z.object({ paymentIntentId: z.string().min(1).max(255), testCard: z.enum(TEST_CARDS) });

/** What the card did on the reader, as Stripe reports it. */
export const presentedCardSchema = z.object({
  status: z.string(),
  cardBrand: z.string().nullable(),
  last4: z.string().nullable(),
  /** a decline or processing error: Stripe's code, decline code and message */
  error: z.object({ code: z.string().nullable(), declineCode: z.string().nullable(), message: z.string() }).nullable(),
});
export type PresentedCard = z.infer<typeof presentedCardSchema>;
