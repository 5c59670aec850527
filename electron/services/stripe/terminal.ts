import Stripe from 'stripe';
import type { z } from 'zod';
import type { ensureLocationArgs, PresentedCard, presentTestCardArgs, TestCard } from '../../../shared/api/terminal-calls';
import { ServiceError } from '../service-error';
import type { StripeAccount } from './stripe-account';
import { callStripe } from './stripe-failure';

/** A secret for the Terminal SDK's onFetchConnectionToken: short-lived, one per request. */
export async function createConnectionToken(stripe: Stripe): Promise<{ secret: string }> {
  const token = await callStripe(() => stripe.terminal.connectionTokens.create({}));
  return { secret: token.secret };
}

/** The shop's Terminal Location, found by name or created once: readers are registered to it. */
export async function ensureLocation(stripe: Stripe, args: z.output<typeof ensureLocationArgs>): Promise<{ locationId: string }> {
  const existing = await callStripe(() => stripe.terminal.locations.list({ limit: 100 }));
  const found = existing.data.find((location) => !('deleted' in location) && location.display_name === args.displayName);
  if (found) return { locationId: found.id };
  const { address } = args;
  const created = await callStripe(() =>
    stripe.terminal.locations.create({
      display_name: args.displayName,
      address: { line1: address.line1, city: address.city, postal_code: address.postalCode, country: address.country, ...(address.state && { state: address.state }) },
    }),
  );
  return { locationId: created.id };
}

/** The simulated reader's card, as Stripe's test PaymentMethods name them. */
const TEST_PAYMENT_METHODS: Record<TestCard, string> = {
  visa: 'pm_card_visa',
  mastercard: 'pm_card_mastercard',
  amex: 'pm_card_amex',
  declined: 'pm_card_chargeDeclined',
  insufficient_funds: 'pm_card_chargeDeclinedInsufficientFunds',
  lost_card: 'pm_card_chargeDeclinedLostCard',
  stolen_card: 'pm_card_chargeDeclinedStolenCard',
  expired_card: 'pm_card_chargeDeclinedExpiredCard',
  processing_error: 'pm_card_chargeDeclinedProcessingError',
};

/**
 * What Stripe's simulated reader does when a test card is presented: the PaymentIntent is confirmed
 * with that card. Never in live mode, where only a real card on a real reader may pay.
 */
export async function presentTestCard(stripe: Stripe, account: StripeAccount, args: z.output<typeof presentTestCardArgs>): Promise<PresentedCard> {
  if ((await account.mode()) === 'live') throw new ServiceError('live_mode', 'Test cards exist only in sandbox and test mode.');
  try {
    // a card at the counter must not fail on a busy second: a 429 is sent again, like every call
    const intent = await callStripe(() => stripe.paymentIntents.confirm(args.paymentIntentId, { payment_method: TEST_PAYMENT_METHODS[args.testCard] }));
    return { status: intent.status, cardBrand: args.testCard, last4: null, error: null };
  } catch (error) {
    if (error instanceof ServiceError && error.stripe?.type === 'card_error') {
      const after = await callStripe(() => stripe.paymentIntents.retrieve(args.paymentIntentId));
      const { code, declineCode, message } = error.stripe;
      return { status: after.status, cardBrand: null, last4: null, error: { code, declineCode, message } };
    }
    throw error;
  }
}
