import type Stripe from 'stripe';
import type { StripeAccountInfo } from '../../../shared/api/stripe-account-calls';
import { callStripe } from './stripe-failure';

/**
 * Asks Stripe which account a key opens (GET /v1/account). This is the proof a key works: a wrong,
 * rolled or deleted key is refused with 401, a restricted key without the permission with 403, and
 * either refusal reaches the manager in Stripe's own words (ServiceError with `stripe`).
 */
export async function retrieveConnectedAccount(client: Stripe): Promise<StripeAccountInfo> {
  const account = await callStripe(() => client.accounts.retrieve(null));
  return { id: account.id, name: accountName(account) };
}

/** The name managers know the account by: the Dashboard's display name, else the public business name. */
function accountName(account: Stripe.Account): string | null {
  return account.settings?.dashboard.display_name || account.business_profile?.name || null;
}
