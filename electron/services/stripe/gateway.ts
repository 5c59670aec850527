import type Stripe from 'stripe';
import type { ApiHandlers } from '../../../shared/api/contract';
import { createCoupon, createPromotionCode, setPromotionCodeActive, updateCoupon } from './catalog';
import { createCheckoutSession } from './checkout';
import { cancelCardPayment, createCardPayment, creditCash, paySale, refundCard, retrieveCardPayment, voidSale } from './payments';
import { pullChanges } from './pull-changes';
import { listCustomers } from './customers-list';
import { createCustomer, recordSale } from './sales';
import type { StripeAccount } from './stripe-account';
import { createConnectionToken, ensureLocation, presentTestCard } from './terminal';

export type StripeHandlers = Omit<ApiHandlers, 'app:getInfo'>;

/**
 * The Stripe gateway: the only code holding a Stripe client (and so the secret key). The client is
 * looked up per call so that connecting or switching accounts takes effect at once.
 */
export function stripeHandlers(client: () => Promise<Stripe>, account: StripeAccount): StripeHandlers {
  return {
    'terminal:createConnectionToken': async () => createConnectionToken(await client()),
    'payments:createCardPayment': async (args) => createCardPayment(await client(), args),
    'payments:retrieveCardPayment': async (args) => retrieveCardPayment(await client(), args.paymentIntentId),
    'payments:cancelCardPayment': async (args) => cancelCardPayment(await client(), args.paymentIntentId),
    'payments:paySale': async (args) => paySale(await client(), args),
    'payments:voidSale': async (args) => voidSale(await client(), args),
    'payments:refundCard': async (args) => refundCard(await client(), args),
    'payments:creditCash': async (args) => creditCash(await client(), args),
    'payments:createCheckoutSession': async (args) => createCheckoutSession(await client(), args),
    'terminal:ensureLocation': async (args) => ensureLocation(await client(), args),
    'terminal:presentTestCard': async (args) => presentTestCard(await client(), account, args),
    'stripe:createCoupon': async (args) => createCoupon(await client(), args),
    'stripe:updateCoupon': async (args) => updateCoupon(await client(), args),
    'stripe:createPromotionCode': async (args) => createPromotionCode(await client(), args),
    'stripe:setPromotionCodeActive': async (args) => setPromotionCodeActive(await client(), args),
    'stripe:createCustomer': async (args) => createCustomer(await client(), args),
    'stripe:recordSale': async (args) => recordSale(await client(), args),
    'stripe:pullChanges': async (args) => pullChanges(await client(), args),
    'stripe:connect': async (args) => account.connect(args.secretKey),
    'stripe:disconnect': async () => (await account.disconnect(), { mode: 'sandbox' as const }),
    'stripe:listCustomers': async (args) => listCustomers(await client(), args),
  };
}
