import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, rateLimitPauseMs, retryDelayMs } from '../../../shared/sync/retry-policy';

describe('when an outbox entry is tried again', () => {
  it('waits about twice as long after each failure, never more than five minutes', () => {
    const lowest = (attempts: number) => retryDelayMs(attempts, null, () => 0);
    expect([1, 2, 3, 4].map(lowest)).toEqual([FIRST_RETRY_MS / 2, FIRST_RETRY_MS, FIRST_RETRY_MS * 2, FIRST_RETRY_MS * 4]);
    expect(retryDelayMs(40, null, () => 0.999999)).toBeLessThanOrEqual(MAX_RETRY_MS);
  });

  it('spreads devices apart: the delay is jittered between half and all of its ceiling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempts, r) => {
        const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1));
        const delay = retryDelayMs(attempts, null, () => r);
        return delay >= Math.floor(ceiling / 2) && delay <= ceiling;
      }),
    );
  });

  it('never retries before Stripe’s Retry-After', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 600_000 }), (attempts, after) => retryDelayMs(attempts, after, Math.random) >= after));
  });
});

describe('when one request is refused for the rate limit', () => {
  it('pauses briefly, a little longer each time, and at least as long as Retry-After', () => {
    expect(rateLimitPauseMs(1, null, () => 0)).toBe(30);
    expect(rateLimitPauseMs(4, null, () => 0)).toBe(120);
    expect(rateLimitPauseMs(1, 2_000, () => 0.5)).toBe(2_000);
  });
});
