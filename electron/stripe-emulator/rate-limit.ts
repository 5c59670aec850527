/**
 * Stripe's request rate limiter in test mode: 25 requests per second (a sliding one-second
 * window over the requests it let through). A limit of 0 or Infinity turns it off.
 */
export class RateLimiter {
  private accepted: number[] = [];
  private limitPerSecond: number;

  constructor(
    private readonly initialLimit: number,
    private readonly nowMs: () => number = Date.now,
  ) {
    this.limitPerSecond = initialLimit;
  }

  get limit(): number {
    return this.limitPerSecond;
  }

  setLimit(limitPerSecond: number): void {
    this.limitPerSecond = limitPerSecond;
  }

  /** true when the request may proceed (and counts it). */
  allow(): boolean {
    if (!(this.limitPerSecond > 0) || this.limitPerSecond === Infinity) return true;
    const now = this.nowMs();
    this.accepted = this.accepted.filter((at) => now - at < 1000);
    if (this.accepted.length >= this.limitPerSecond) return false;
    this.accepted.push(now);
    return true;
  }

  /** Forgets the window and restores the limit the emulator started with. */
  reset(): void {
    this.accepted = [];
    this.limitPerSecond = this.initialLimit;
  }
}
