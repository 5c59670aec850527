import { describe, expect, it } from 'vitest';
import type { ApiError, StripeErrorInfo } from '../../../shared/api/contract';
import { failureKind } from '../../../shared/sync/failure-kind';

function stripe(statusCode: number, type = 'invalid_request_error'): ApiError {
  const info: StripeErrorInfo = { statusCode, type, code: null, declineCode: null, message: 'Stripe says no', param: null, requestId: 'req_1', retryAfterMs: null };
  return { code: statusCode >= 500 || statusCode === 429 ? 'stripe_unavailable' : 'stripe_refused', message: 'Stripe says no', stripe: info };
}

describe('what a failed send means', () => {
  it.each([
    ['the renderer could not reach the app', { code: 'bridge_unreachable', message: '' }, 'offline'],
    ['Stripe could not be reached (or the answer was lost)', { code: 'stripe_unreachable', message: '' }, 'offline'],
    ['Stripe is rate limiting', stripe(429), 'retry'],
    ['the same idempotency key is still in flight', stripe(409, 'idempotency_error'), 'retry'],
    ['Stripe failed', stripe(500, 'api_error'), 'retry'],
    ['Stripe refused the key', stripe(401), 'rejected_key'],
    ['the key lacks a permission', stripe(403), 'rejected_key'],
    ['no Stripe key is stored', { code: 'stripe_not_connected', message: '' }, 'rejected_key'],
    ['Stripe refused the request (code exhausted, expired, not first-time…)', stripe(400), 'conflict'],
    ['a card was declined', stripe(402, 'card_error'), 'conflict'],
    ['the object is gone in Stripe', stripe(404), 'conflict'],
    ['the app found the entry cannot be sent', { code: 'local_record_missing', message: '' }, 'conflict'],
    ['the contract refused the arguments', { code: 'invalid_arguments', message: '' }, 'conflict'],
    ['the app itself failed', { code: 'internal_error', message: '' }, 'retry'],
  ] as const)('%s: %s', (_why, error, kind) => {
    expect(failureKind(error)).toBe(kind);
  });
});
