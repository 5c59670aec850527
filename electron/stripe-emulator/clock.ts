/** The emulator's time, which tests may move forward (expiry dates, redeem_by). */
export class Clock {
  private offsetMs = 0;

  /** Unix seconds, as Stripe's `created` fields. */
  now(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  get offsetSeconds(): number {
    return this.offsetMs / 1000;
  }
}
