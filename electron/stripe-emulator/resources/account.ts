import type Stripe from 'stripe';
import { z } from 'zod';
import type { HandlerContext, Route } from '../context';
import { expand, parseParams } from '../params';

/** The emulator's own account, as the Dashboard would describe it. */
export interface EmulatorAccount {
  id: string;
  /** Settings → Dashboard display name */
  displayName: string | null;
  /** the public business name (business_profile.name) */
  businessName: string | null;
  email: string | null;
  country: string;
  defaultCurrency: string;
}

export function defaultAccount(): EmulatorAccount {
  return { id: 'acct_1RPOSEmulatorSandbx', displayName: 'Referral POS sandbox', businessName: null, email: null, country: 'US', defaultCurrency: 'usd' };
}

const retrieveSchema = z.strictObject({ expand: expand() });

/** GET /v1/account: the account the request's key belongs to, in the pinned version's shape (the parts a standard account shows). */
function retrieveAccount(ctx: HandlerContext): Stripe.Account {
  parseParams(retrieveSchema, ctx.params);
  const a = ctx.state.account;
  return {
    id: a.id,
    object: 'account',
    business_profile: { name: a.businessName, url: null, support_email: null, support_phone: null, support_url: null, mcc: null, product_description: null } as Stripe.Account.BusinessProfile,
    business_type: null,
    charges_enabled: true,
    country: a.country,
    created: 1_700_000_000,
    default_currency: a.defaultCurrency,
    details_submitted: true,
    email: a.email,
    metadata: {},
    payouts_enabled: true,
    settings: { dashboard: { display_name: a.displayName, timezone: 'Etc/UTC' } } as Stripe.Account.Settings,
    type: 'standard',
  };
}

export const accountRoutes: readonly Route[] = [{ method: 'GET', pattern: '/v1/account', handler: retrieveAccount }];
