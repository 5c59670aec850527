import type { ApiResult, PosApi } from '../../../shared/api/contract';
import type { PresentedCard, TestCard } from '../../../shared/api/terminal-calls';
import { CardReaderError, type CollectResult, type ReaderInfo } from './card-reader';
import { cardRefused, failed, paid } from './collect-results';
import type { PaymentRun } from './payment-run';
import { messageOf, ReaderCore, type ReaderCoreOptions } from './reader-core';

/** The one reader the simulator offers, shaped like Stripe's simulated WisePOS E. */
export const SIMULATED_READER: ReaderInfo = { id: 'tmr_simulated_wisepos_e', label: 'Simulated WisePOS E', simulated: true };

/** How long each simulated step takes: long enough to watch in the sandbox, zero in tests. */
export interface SimulatedTiming {
  discoverMs: number;
  connectMs: number;
  /** reading the card before it goes to Stripe */
  readMs: number;
}

const DEMO_TIMING: SimulatedTiming = { discoverMs: 400, connectMs: 600, readMs: 500 };

export interface SimulatedReaderOptions extends ReaderCoreOptions {
  api: Pick<PosApi, 'terminal:presentTestCard'>;
  timing?: Partial<SimulatedTiming>;
  /** present this card as soon as a payment waits for one (tests, unattended demos) */
  autoPresent?: TestCard | null;
}

/**
 * A reader for sandbox mode and tests, stepping through the same states as Stripe's: it waits in
 * `waiting_for_card` until `presentCard` (the developer panel, a test) or `cancel()`, then has
 * Stripe (or the sandbox's emulator) confirm the PaymentIntent with that test card through
 * `terminal:presentTestCard` and reports what Stripe said.
 */
export class SimulatedReader extends ReaderCore {
  readonly kind = 'simulated' as const;
  private readonly api: SimulatedReaderOptions['api'];
  private readonly timing: SimulatedTiming;
  private readonly autoPresent: TestCard | null;

  constructor(options: SimulatedReaderOptions) {
    super(options);
    this.api = options.api;
    this.timing = { ...DEMO_TIMING, ...options.timing };
    this.autoPresent = options.autoPresent ?? null;
    this.start();
  }

  /**
   * The customer presents this test card. Resolves once the payment it answered has settled;
   * refuses (`no_pending_payment`) when no payment is waiting for a card.
   */
  async presentCard(testCard: TestCard): Promise<void> {
    const run = this.activeRun();
    if (!run || run.phase !== 'collect') throw new CardReaderError('no_pending_payment', 'The reader is not waiting for a card.');
    if (!this.enterProcessing(run)) return;
    await pause(this.timing.readMs);
    // canceled, disconnected or offline while the card was read: it never reaches Stripe
    if (run.settled) return;
    try {
      const answer = await this.api['terminal:presentTestCard']({ paymentIntentId: run.intent.id, testCard });
      run.settle(outcomeOf(run.intent.id, answer));
    } catch (error) {
      run.fail('error', { stripeMessage: messageOf(error) });
    }
    await run.result;
  }

  /** The reader drops off as a real one can (power, Wi-Fi): a payment in progress fails `disconnected`. */
  simulateDisconnect(): void {
    if (this.connected) this.readerLost('The card reader lost its connection.');
  }

  protected async findReaders(): Promise<ReaderInfo[]> {
    await pause(this.timing.discoverMs);
    return [SIMULATED_READER];
  }

  protected async openConnection(readerId: string): Promise<ReaderInfo> {
    await pause(this.timing.connectMs);
    if (readerId !== SIMULATED_READER.id) throw new CardReaderError('reader_not_found', 'That card reader is not available. Search for readers again.');
    return SIMULATED_READER;
  }

  protected async closeConnection(): Promise<void> {}

  protected async displayCart(): Promise<void> {}

  protected async runPayment(run: PaymentRun): Promise<void> {
    const card = this.autoPresent;
    // a tick later, so that a subscriber sees waiting_for_card first, as with a real customer
    if (card) setTimeout(() => void this.presentCard(card).catch(() => undefined), 0);
    await run.result;
  }

  protected async stopPayment(): Promise<void> {}
}

/** Stripe's answer to a presented test card; only `succeeded` is a payment. */
function outcomeOf(paymentIntentId: string, answer: ApiResult<PresentedCard>): CollectResult {
  if (!answer.ok) {
    // the answer was lost: the card may have been charged all the same
    const stripeMessage = answer.error.stripe?.message ?? answer.error.message;
    return failed(paymentIntentId, 'error', { code: answer.error.code, stripeMessage, checkPaymentIntent: true });
  }
  const card = answer.value;
  if (card.error) return cardRefused(paymentIntentId, card.error.code, card.error.declineCode, card.error.message);
  if (card.status === 'succeeded') return paid(paymentIntentId, card.cardBrand, card.last4);
  return failed(paymentIntentId, 'error', { stripeMessage: `Stripe left the payment ${card.status}.`, checkPaymentIntent: true });
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
