import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptsToKeep, checkAttempt, KIOSK_ATTEMPT_LIMIT } from '../../../shared/domain/attempt-limit';

const S = 1000;

describe('the kiosk’s limit on wrong codes', () => {
  it('allows four wrong codes in a minute, and locks for a minute after the fifth', () => {
    const wrong = [0, 5, 10, 15].map((s) => s * S);
    expect(checkAttempt(wrong, 20 * S)).toEqual({ allowed: true });
    const fifth = [...wrong, 20 * S];
    expect(checkAttempt(fifth, 21 * S)).toEqual({ allowed: false, retryAt: 80 * S });
    expect(checkAttempt(fifth, 79.999 * S)).toMatchObject({ allowed: false });
    expect(checkAttempt(fifth, 80 * S)).toEqual({ allowed: true });
  });

  it('does not lock for five wrong codes spread over more than a minute', () => {
    expect(checkAttempt([0, 20, 40, 60, 61].map((s) => s * S), 62 * S)).toEqual({ allowed: true });
  });

  it('a clock set back an hour does not keep the kiosk locked for an hour: wrong codes from “the future” are forgotten', () => {
    const hourAhead = [0, 5, 10, 15, 20].map((s) => 3_600 * S + s * S);
    expect(checkAttempt(hourAhead, 3_621 * S)).toEqual({ allowed: false, retryAt: 3_680 * S });
    expect(checkAttempt(hourAhead, 0)).toEqual({ allowed: true });
  });

  it('keeps what can still lock, and forgets the rest', () => {
    expect(attemptsToKeep([0, 50 * S, 100 * S], 130 * S)).toEqual([50 * S, 100 * S]);
  });

  it('whatever the attempts, a lock never lasts longer than a minute after the last wrong code', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 30 }), fc.integer({ min: 0, max: 700_000 }), (times, now) => {
        const result = checkAttempt(times, now);
        if (result.allowed) return;
        expect(result.retryAt).toBeLessThanOrEqual(Math.max(...times) + KIOSK_ATTEMPT_LIMIT.lockMs);
        expect(result.retryAt).toBeGreaterThan(now);
      }),
      { numRuns: 10_000 },
    );
  });
});
