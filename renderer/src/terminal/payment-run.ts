import type { CardPaymentIntent, CollectResult, FailureReason } from './card-reader';
import { failed, type FailureDetails } from './collect-results';

/** How long a payment may wait: for a card to be presented, then for Stripe's answer. */
export interface PaymentTimeouts {
  cardMs: number;
  processMs: number;
}

export const DEFAULT_TIMEOUTS: PaymentTimeouts = { cardMs: 120_000, processMs: 60_000 };

/** `collect`: waiting for a card, nothing can be charged yet; `process`: Stripe may be charging it. */
export type PaymentPhase = 'collect' | 'process';

/**
 * One `collectAndProcess` call: the first outcome wins (a card's answer, cancel, disconnect,
 * offline, timeout) and every later one is ignored, so a late answer can never turn a reported
 * failure into a payment or the other way round.
 */
export class PaymentRun {
  readonly result: Promise<CollectResult>;
  private resolve!: (result: CollectResult) => void;
  private currentPhase: PaymentPhase = 'collect';
  private done = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly intent: CardPaymentIntent,
    private readonly timeouts: PaymentTimeouts,
    /** told when a phase timed out, before the run settles (to cancel the SDK's collect, say) */
    private readonly onTimeout: (phase: PaymentPhase) => void,
  ) {
    this.result = new Promise((resolve) => (this.resolve = resolve));
    this.arm(timeouts.cardMs);
  }

  get phase(): PaymentPhase {
    return this.currentPhase;
  }

  get settled(): boolean {
    return this.done;
  }

  /** The card was read and goes to Stripe; false when the run already ended (do not process). */
  startProcessing(): boolean {
    if (this.done) return false;
    this.currentPhase = 'process';
    this.arm(this.timeouts.processMs);
    return true;
  }

  /** Ends the run with this result unless it already ended; true when this result won. */
  settle(result: CollectResult): boolean {
    if (this.done) return false;
    this.done = true;
    clearTimeout(this.timer);
    this.resolve(result);
    return true;
  }

  /** Ends the run as failed; once the card went to Stripe, the caller must re-check the intent. */
  fail(reason: FailureReason, details: FailureDetails = {}): boolean {
    return this.settle(failed(this.intent.id, reason, { checkPaymentIntent: this.currentPhase === 'process', ...details }));
  }

  private arm(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const phase = this.currentPhase;
      if (this.done) return;
      this.onTimeout(phase);
      this.fail('timeout');
    }, ms);
  }
}
