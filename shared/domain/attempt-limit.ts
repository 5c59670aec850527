/**
 * A kiosk's limit on wrong code attempts: the `max`-th wrong code within `windowMs` locks code
 * checking until `lockMs` after it. Pure: the caller keeps the wrong-attempt times (epoch ms).
 */
export interface AttemptLimit {
  max: number;
  windowMs: number;
  lockMs: number;
}

/** 5 wrong codes a minute lock the kiosk's code checks for a minute. */
export const KIOSK_ATTEMPT_LIMIT: AttemptLimit = { max: 5, windowMs: 60_000, lockMs: 60_000 };

export type AttemptCheck = { allowed: true } | { allowed: false; retryAt: number };

/** Whether a code may be checked now, given the wrong attempts so far. */
export function checkAttempt(wrongAt: readonly number[], now: number, limit: AttemptLimit = KIOSK_ATTEMPT_LIMIT): AttemptCheck {
  // an attempt "after now" means the kiosk's clock was set back: its time means nothing any more,
  // and it must not keep the kiosk locked for as long as the clock moved
  const times = wrongAt.filter((t) => t <= now).sort((a, b) => a - b);
  for (let i = times.length - 1; i >= limit.max - 1; i--) {
    const completing = times[i]!;
    if (completing - times[i - limit.max + 1]! > limit.windowMs) continue;
    const retryAt = completing + limit.lockMs;
    return now < retryAt ? { allowed: false, retryAt } : { allowed: true };
  }
  return { allowed: true };
}

/** The attempts that can still matter (to store after each wrong code). */
export function attemptsToKeep(wrongAt: readonly number[], now: number, limit: AttemptLimit = KIOSK_ATTEMPT_LIMIT): number[] {
  return wrongAt.filter((t) => t > now - limit.windowMs - limit.lockMs);
}
