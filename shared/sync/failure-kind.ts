import type { ApiError } from '../api/contract';

/**
 * What a failed send means for its entry:
 * - `offline`: nothing answered (network, bridge) — retry when back online;
 * - `retry`: Stripe was busy or broken (429, 409 in flight, 5xx) — retry with backoff;
 * - `rejected_key`: Stripe refused the key (401/403) — stop everything until a manager fixes it;
 * - `conflict`: Stripe refused this request (other 4xx) — retrying cannot help, a manager decides.
 */
export type FailureKind = 'offline' | 'retry' | 'rejected_key' | 'conflict';

export function failureKind(error: ApiError): FailureKind {
  const stripe = error.stripe;
  if (error.code === 'bridge_unreachable' || error.code === 'stripe_unreachable') return 'offline';
  if (error.code === 'stripe_not_connected') return 'rejected_key';
  // local_*: the app found before asking Stripe that the entry cannot be sent as it is
  if (error.code === 'invalid_arguments' || error.code.startsWith('local_')) return 'conflict';
  if (!stripe) return 'retry';
  if (stripe.statusCode === 0) return 'offline';
  if (stripe.statusCode === 401 || stripe.statusCode === 403) return 'rejected_key';
  if (stripe.statusCode === 429 || stripe.statusCode === 409 || stripe.statusCode >= 500) return 'retry';
  return 'conflict';
}
