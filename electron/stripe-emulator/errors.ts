/** Stripe's v1 error object, thrown by handlers and rendered by the server. */
export type StripeErrorType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';

export interface StripeErrorFields {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  /** extra members some errors carry, e.g. `payment_intent` on a card error */
  extra?: Record<string, unknown>;
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly fields: StripeErrorFields,
    /** false for failures the idempotency layer does not save (parameter validation, conflicts) */
    readonly storable = true,
  ) {
    super(fields.message);
  }
}

export function errorBody(error: StripeApiError, requestId: string, created: number): { error: Record<string, unknown> } {
  const { type, message, code, param, decline_code: declineCode, extra } = error.fields;
  return {
    error: {
      ...(code !== undefined && { code }),
      ...(declineCode !== undefined && { decline_code: declineCode }),
      ...(code !== undefined && { doc_url: `https://docs.stripe.com/error-codes/${code.replaceAll('_', '-')}` }),
      message,
      ...(param !== undefined && { param }),
      request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}?t=${created}`,
      type,
      ...extra,
    },
  };
}

interface Detail {
  param?: string;
  code?: string;
  status?: number;
}

export function invalidRequest(message: string, detail: Detail = {}): StripeApiError {
  const { status = 400, ...rest } = detail;
  return new StripeApiError(status, { type: 'invalid_request_error', message, ...rest });
}

/** A parameter-validation failure: never saved under an idempotency key. */
export function invalidParam(message: string, param: string, code?: string): StripeApiError {
  return new StripeApiError(400, { type: 'invalid_request_error', message, param, ...(code && { code }) }, false);
}

/** 404 for an id in the URL, 400 for an id given as a parameter. */
export function resourceMissing(label: string, id: string, param = 'id'): StripeApiError {
  return invalidRequest(`No such ${label}: '${id}'`, { param, code: 'resource_missing', status: param === 'id' ? 404 : 400 });
}

export function unrecognizedUrl(method: string, path: string): StripeApiError {
  const message = `Unrecognized request URL (${method}: ${path}). Please see https://docs.stripe.com or we can help at https://support.stripe.com/.`;
  return new StripeApiError(404, { type: 'invalid_request_error', message }, false);
}

export function apiError(status = 500): StripeApiError {
  return new StripeApiError(status, { type: 'api_error', message: 'An unknown error occurred' });
}

export function rateLimited(): StripeApiError {
  const message = 'Request rate limit exceeded. Learn more about rate limits here https://docs.stripe.com/rate-limits.';
  return new StripeApiError(429, { type: 'invalid_request_error', code: 'rate_limit', message }, false);
}

export function cardError(code: string, message: string, declineCode?: string, extra?: Record<string, unknown>): StripeApiError {
  return new StripeApiError(402, {
    type: 'card_error',
    code,
    message,
    ...(declineCode !== undefined && { decline_code: declineCode }),
    ...(extra && { extra }),
  });
}

/** Stripe answers 401 with type `invalid_request_error`; stripe-node maps any 401 to StripeAuthenticationError. */
export function authenticationFailed(key: string | null): StripeApiError {
  const message =
    key === null
      ? "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://docs.stripe.com/api#authentication for details, or we can help at https://support.stripe.com/."
      : `Invalid API Key provided: ${redactKey(key)}`;
  return new StripeApiError(401, { type: 'invalid_request_error', message }, false);
}

/** How Stripe shows a key in its messages: prefix, stars, the last four characters. */
export function redactKey(key: string): string {
  const prefix = /^(sk|rk|pk)_(test|live)_/.exec(key)?.[0] ?? '';
  return `${prefix}${'*'.repeat(Math.max(0, key.length - prefix.length - 4))}${key.slice(-4)}`;
}
