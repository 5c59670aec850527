import type { ApiHandlers } from '../../shared/api/contract';
import { appInfo, type AppInfoSource } from './app-info';
import { stripeHandlers } from './stripe/gateway';
import type { StripeAccount } from './stripe/stripe-account';

export interface ServiceContext extends AppInfoSource {
  stripe: StripeAccount;
}

/** Every contract call, implemented once for both hosts. */
export function createHandlers(context: ServiceContext): ApiHandlers {
  return {
    'app:getInfo': async () => appInfo(context, context.stripe),
    ...stripeHandlers(() => context.stripe.client(), context.stripe),
  };
}
