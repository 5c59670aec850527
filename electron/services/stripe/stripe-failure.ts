import Stripe from 'stripe';
import type { StripeErrorInfo } from '../../../shared/api/contract';
import { RATE_LIMIT_RETRIES, rateLimitPauseMs } from '../../../shared/sync/retry-policy';
import { ServiceError } from '../service-error';
import { stripeRateLimitGate, type RateLimitGate } from './rate-limit-gate';

/**
 * Turns whatever stripe-node threw into a ServiceError carrying Stripe's own words: refusals
 * (4xx) keep type, code, decline code, message and request id; no answer at all is
 * `stripe_unreachable`. The message is Stripe's, verbatim: it is shown to managers, never parsed.
 */
export function toStripeFailure(error: unknown): ServiceError {
  if (!(error instanceof Stripe.errors.StripeError)) {
    const message = error instanceof Error ? error.message : String(error);
    return new ServiceError('stripe_unreachable', `Stripe could not be reached: ${message}`, info(0, 'connection_error', message));
  }
  if (error instanceof Stripe.errors.StripeConnectionError || error.statusCode === undefined) {
    return new ServiceError('stripe_unreachable', `Stripe could not be reached: ${error.message}`, info(0, 'connection_error', error.message));
  }
  const details: StripeErrorInfo = {
    statusCode: error.statusCode,
    type: error.rawType ?? error.type,
    code: error.code ?? null,
    declineCode: error.decline_code ?? null,
    message: error.message,
    param: error.param ?? null,
    requestId: error.requestId ?? null,
    retryAfterMs: retryAfterMs(error.headers?.['retry-after']),
  };
  return new ServiceError(error.statusCode >= 500 || error.statusCode === 429 ? 'stripe_unavailable' : 'stripe_refused', error.message, details);
}

function info(statusCode: number, type: string, message: string): StripeErrorInfo {
  return { statusCode, type, code: null, declineCode: null, message, param: null, requestId: null, retryAfterMs: null };
}

function retryAfterMs(header: string | undefined): number | null {
  if (header === undefined) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/**
 * Runs one Stripe request, converting any failure. A 429 is sent again after a short pause (same
 * idempotency key: Stripe does not store 429s) so that a multi-step call is not restarted from its
 * first step; after a few refusals it is left to the outbox's backoff. The pause holds every
 * request of the process (see RateLimitGate), not only this one.
 */
export async function callStripe<T>(request: () => Promise<T>, random: () => number = Math.random, gate: RateLimitGate = stripeRateLimitGate): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const sentAt = await gate.pass();
    try {
      const answer = await request();
      gate.done(sentAt, 'answered');
      return answer;
    } catch (error) {
      const failure = toStripeFailure(error);
      const limited = failure.stripe?.statusCode === 429;
      const retryAfterMs = failure.stripe?.retryAfterMs ?? null;
      gate.done(sentAt, limited ? { pauseMs: rateLimitPauseMs(attempt, retryAfterMs, random), retryAfter: retryAfterMs !== null } : 'answered');
      if (!limited || attempt > RATE_LIMIT_RETRIES) throw failure;
    }
  }
}
