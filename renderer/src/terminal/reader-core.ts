import { CardReaderError, type CardPaymentIntent, type CardReader, type CollectResult, type ReaderCart, type ReaderInfo, type ReaderState, type UnavailableState } from './card-reader';
import { browserNetwork, type NetworkWatch } from './network-watch';
import { DEFAULT_TIMEOUTS, PaymentRun, type PaymentPhase, type PaymentTimeouts } from './payment-run';
import { deriveState, paymentRefusal } from './reader-rules';
import { StateStore } from './state-store';

export interface ReaderCoreOptions {
  network?: NetworkWatch;
  timeouts?: Partial<PaymentTimeouts>;
}

/**
 * What both readers share: the state machine, the rules on when each step is allowed, and how a
 * payment ends (first outcome wins; cancel, disconnect, offline and timeouts all fail it). The
 * state is derived from a few fields on every change, so no path can leave a stale status behind.
 * Subclasses supply the device steps and call `start()` last in their constructor.
 */
export abstract class ReaderCore implements CardReader {
  abstract readonly kind: CardReader['kind'];
  /** the connected reader */
  protected connected: ReaderInfo | null = null;
  private run: PaymentRun | null = null;
  private cart: ReaderCart | null = null;
  private transient: ReaderState | null = null;
  private lostMessage: string | null = null;
  private readonly store = new StateStore({ status: 'disconnected', message: null });
  private stopWatching: () => void = () => {};
  protected readonly network: NetworkWatch;
  private readonly timeouts: PaymentTimeouts;

  constructor(options: ReaderCoreOptions) {
    this.network = options.network ?? browserNetwork;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  }

  protected start(): void {
    this.stopWatching = this.network.subscribe((online) => this.networkChanged(online));
    this.refresh();
  }

  /** Why this reader cannot work whatever the network does (no Stripe account, SDK not loaded). */
  protected blocked(): UnavailableState | null {
    return null;
  }
  protected abstract findReaders(): Promise<ReaderInfo[]>;
  protected abstract openConnection(readerId: string): Promise<ReaderInfo>;
  protected abstract closeConnection(): Promise<void>;
  protected abstract displayCart(cart: ReaderCart): Promise<void>;
  /** Collects a card, calls `enterProcessing`, then settles the run; may return before it settles. */
  protected abstract runPayment(run: PaymentRun): Promise<void>;
  /** Tells the device to stop this phase (cancel, timeout, offline); errors are ignored. */
  protected abstract stopPayment(phase: PaymentPhase): Promise<void>;

  getState(): ReaderState {
    return this.store.get();
  }

  subscribe(listener: (state: ReaderState) => void): () => void {
    return this.store.subscribe(listener);
  }

  async discover(): Promise<ReaderInfo[]> {
    this.assertAvailable();
    const idle = !this.connected && !this.transient;
    if (idle) this.setTransient({ status: 'discovering' });
    try {
      return await this.findReaders();
    } catch (error) {
      throw CardReaderError.from(error, 'No card reader could be found.');
    } finally {
      if (idle) this.setTransient(null);
    }
  }

  async connect(readerId: string): Promise<ReaderInfo> {
    this.assertAvailable();
    if (this.activeRun()) throw new CardReaderError('busy', 'The reader is taking a payment. Finish or cancel it first.');
    if (this.connected?.id === readerId) return this.connected;
    if (this.connected) await this.disconnect();
    this.setTransient({ status: 'connecting', readerId });
    try {
      const reader = await this.openConnection(readerId);
      this.connected = reader;
      this.lostMessage = null;
      this.cart = null;
      return reader;
    } catch (error) {
      throw CardReaderError.from(error, 'The card reader could not be connected.');
    } finally {
      this.setTransient(null);
    }
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.readerLost(null);
    await this.closeConnection().catch(() => undefined);
  }

  async showCart(cart: ReaderCart): Promise<void> {
    this.assertAvailable();
    if (this.activeRun()) throw new CardReaderError('busy', 'The reader is taking a payment. Finish or cancel it first.');
    if (!this.connected || this.transient) throw new CardReaderError('not_connected', 'Connect the card reader first.');
    try {
      await this.displayCart(cart);
    } catch (error) {
      throw CardReaderError.from(error, 'The cart could not be shown on the reader.');
    }
    this.cart = cart;
    this.refresh();
  }

  async collectAndProcess(intent: CardPaymentIntent): Promise<CollectResult> {
    const refusal = paymentRefusal(this.derive(), intent.id);
    if (refusal) return refusal;
    const run = new PaymentRun(intent, this.timeouts, (phase) => void this.stop(phase));
    this.run = run;
    this.refresh();
    this.runPayment(run).catch((error: unknown) => run.fail('error', { stripeMessage: messageOf(error) }));
    const result = await run.result;
    if (this.run === run) {
      this.run = null;
      // the reader goes back to its splash screen after every payment attempt
      this.cart = null;
    }
    this.refresh();
    return result;
  }

  async cancel(): Promise<void> {
    const run = this.activeRun();
    if (!run) return;
    const phase = run.phase;
    run.fail('canceled');
    await this.stop(phase);
  }

  async retry(): Promise<void> {
    this.refresh();
  }

  dispose(): void {
    this.stopWatching();
    if (this.connected) void this.disconnect();
  }

  /** The run waiting for a card or for Stripe, if any. */
  protected activeRun(): PaymentRun | null {
    return this.run && !this.run.settled ? this.run : null;
  }

  /** The card was read: the run moves to processing unless it already ended (then do not process). */
  protected enterProcessing(run: PaymentRun): boolean {
    const moved = run.startProcessing();
    this.refresh();
    return moved;
  }

  /** The connection ended (asked for when `message` is null): any payment fails `disconnected`. */
  protected readerLost(message: string | null): void {
    this.activeRun()?.fail('disconnected');
    this.connected = null;
    this.cart = null;
    this.lostMessage = message;
    this.refresh();
  }

  protected refresh(): void {
    this.store.set(this.derive());
  }

  private derive(): ReaderState {
    const { connected, cart, transient, lostMessage } = this;
    return deriveState({ blocked: this.blocked(), online: this.network.isOnline(), transient, connected, run: this.activeRun(), cart, lostMessage });
  }

  private setTransient(state: ReaderState | null): void {
    this.transient = state;
    this.refresh();
  }

  private assertAvailable(): void {
    const state = this.derive();
    if (state.status === 'unavailable') throw new CardReaderError('unavailable', state.message);
  }

  private networkChanged(online: boolean): void {
    const run = this.activeRun();
    if (!online && run) {
      const phase = run.phase;
      run.fail('offline');
      void this.stop(phase);
    }
    this.refresh();
  }

  private async stop(phase: PaymentPhase): Promise<void> {
    await this.stopPayment(phase).catch(() => undefined);
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
