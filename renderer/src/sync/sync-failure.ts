import type { ApiError } from '../../../shared/api/contract';
import type { SyncFailure } from '../../../shared/domain/records';
import { failureKind } from '../../../shared/sync/failure-kind';

/** What is kept of a failed send for the status screen: Stripe's words verbatim. */
export function toSyncFailure(error: ApiError, at: number): SyncFailure {
  const stripe = error.stripe;
  return {
    at,
    kind: failureKind(error),
    code: error.code,
    message: error.message,
    stripe: stripe
      ? { statusCode: stripe.statusCode, type: stripe.type, code: stripe.code, declineCode: stripe.declineCode, message: stripe.message, param: stripe.param, requestId: stripe.requestId }
      : null,
  };
}
