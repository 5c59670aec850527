/**
 * When to try an outbox entry again. Exponential backoff with full jitter, so that devices coming
 * back online together do not retry in step; a Retry-After from Stripe is a floor, never ignored.
 */
export const FIRST_RETRY_MS = 500;
export const MAX_RETRY_MS = 5 * 60_000;

/** `random` in [0, 1): injected so that tests are deterministic. */
export function retryDelayMs(attempts: number, retryAfterMs: number | null, random: () => number): number {
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.round(Math.max(jittered, retryAfterMs ?? 0));
}

/** Quick retries of one request refused for the rate limit, before the outbox's backoff takes over. */
export const RATE_LIMIT_RETRIES = 8;
const RATE_LIMIT_PAUSE_MS = 60;

/**
 * How long to pause one request refused with 429 before sending it again. Stripe's limiter counts
 * the requests it let through over the last second, so a short jittered pause finds room soon,
 * without restarting a multi-step call; a Retry-After is honoured as a floor.
 */
export function rateLimitPauseMs(attempt: number, retryAfterMs: number | null, random: () => number): number {
  const base = RATE_LIMIT_PAUSE_MS * Math.min(attempt, 8);
  return Math.round(Math.max(base / 2 + random() * base, retryAfterMs ?? 0));
}
