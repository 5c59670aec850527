/**
 * One gate for every request this process sends to Stripe. Stripe's limiter counts an account's
 * requests over the last second; once it refuses one with 429, firing the others regardless only
 * earns more 429s (each a wasted round trip), while pausing each on a guess leaves the window
 * idle. So the gate learns the limit from the refusal: the requests of ours the window held then.
 * For a while after a refusal it lets a request go only while fewer than that are in the window
 * (else when the oldest leaves it), which keeps the window full without going over it, and it
 * tries one more per window in case the limit was more.
 */

const WINDOW_MS = 1_000;
/** how long pacing lasts after the last refusal: long enough to cover the window, short enough to find a raised limit */
const PACING_MS = 2 * WINDOW_MS;

export class RateLimitGate {
  /** when the requests Stripe accepted were sent, oldest first (the last window's only) */
  private accepted: number[] = [];
  private inFlight = 0;
  /** requests per window while pacing: what Stripe took before it refused */
  private limit = Infinity;
  private pacingUntil = 0;
  private closedUntil = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Waits for a turn; returns the send time to report back with `done`. */
  async pass(): Promise<number> {
    for (;;) {
      const now = this.now();
      this.forgetBefore(now - WINDOW_MS);
      const wait = this.waitAt(now);
      if (wait <= 0) {
        this.inFlight += 1;
        return now;
      }
      await this.sleep(wait);
    }
  }

  /**
   * The request sent at `sentAt` was answered, or refused with 429: then `pauseMs` holds everyone
   * when Stripe took nothing of ours in the last second, and always when it said how long to wait
   * (`Retry-After`).
   */
  done(sentAt: number, outcome: { pauseMs: number; retryAfter: boolean } | 'answered'): void {
    this.inFlight -= 1;
    const now = this.now();
    if (outcome === 'answered') {
      this.accepted.push(sentAt);
      // requests still in flight at the refusal were not counted: probe one more per window until refused again
      if (now < this.pacingUntil) this.limit += 1 / this.limit;
      return;
    }
    this.forgetBefore(now - WINDOW_MS);
    this.pacingUntil = now + PACING_MS;
    if (this.accepted.length === 0) {
      // Stripe took nothing of ours for a second: there is no limit to learn, only to back off together
      this.limit = Infinity;
      this.closedUntil = Math.max(this.closedUntil, now + outcome.pauseMs);
      return;
    }
    // what the window held when Stripe said "full": ours accepted, and ours on the way (mostly accepted
    // too). A refusal that comes right after an idle spell measures little: a known limit shrinks
    // by a tenth at most per refusal, enough to settle under a lower limit in a few steps.
    const measured = this.accepted.length + this.inFlight;
    this.limit = Number.isFinite(this.limit) ? Math.max(measured, Math.floor(this.limit * 0.9)) : measured;
    if (outcome.retryAfter) this.closedUntil = Math.max(this.closedUntil, now + outcome.pauseMs);
  }

  private waitAt(now: number): number {
    if (now < this.closedUntil) return this.closedUntil - now;
    if (now >= this.pacingUntil) return 0;
    if (this.accepted.length + this.inFlight < this.limit) return 0;
    // the oldest accepted request leaves the window then (when only requests in flight fill it, a short nap)
    return this.accepted.length > 0 ? this.accepted[0]! + WINDOW_MS - now + 1 : 5;
  }

  private forgetBefore(at: number): void {
    let stale = 0;
    while (stale < this.accepted.length && this.accepted[stale]! < at) stale += 1;
    if (stale > 0) this.accepted.splice(0, stale);
  }
}

/** The gate of this process: one Stripe account is connected at a time. */
export const stripeRateLimitGate = new RateLimitGate();
