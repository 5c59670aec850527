import type { StripeErrorInfo } from '../../shared/api/contract';

/** An expected failure a handler reports to the screen: the code is for logic, the message for people. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** what Stripe said, when the failure came from Stripe */
    readonly stripe?: StripeErrorInfo,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
