import type { AppInfo, ArgsOf, PosApi } from '../../../shared/api/contract';
import type { TestCard } from '../../../shared/api/terminal-calls';
import { CardReaderError, type ReaderCart, type ReaderInfo, type UnavailableState } from './card-reader';
import type { PaymentPhase, PaymentRun } from './payment-run';
import { messageOf, ReaderCore, type ReaderCoreOptions } from './reader-core';
import { pageSdkLoader, type SdkLoader } from './sdk-loader';
import type { SdkReader, SdkTerminal } from './sdk-types';
import { fromProcessed, fromSdkError, readerInfoOf, SIMULATOR_TEST_PAYMENT_METHODS } from './sdk-results';

export interface StripeTerminalReaderOptions extends ReaderCoreOptions {
  api: Pick<PosApi, 'terminal:createConnectionToken' | 'terminal:ensureLocation'>;
  /** from `app:getInfo`: the SDK is only loaded for a real account (test or live mode) */
  stripe: AppInfo['stripe'];
  /** the shop's Terminal Location, found or created once in Stripe; readers are registered to it */
  location: ArgsOf<'terminal:ensureLocation'>;
  loader?: SdkLoader;
}

const NO_ACCOUNT: UnavailableState = {
  status: 'unavailable',
  reason: 'no_stripe_account',
  message: 'Card readers need a Stripe account. Connect one in Settings, or take cash.',
  recovery: 'connect_stripe',
};

const LOAD_FAILED: UnavailableState = {
  status: 'unavailable',
  reason: 'sdk_load_failed',
  message: 'The card reader software could not be loaded from Stripe. Reload to try again; the sale stays saved.',
  recovery: 'reload_page',
};

/**
 * The card reader through Stripe Terminal's JS SDK, loaded from js.stripe.com only once a real
 * account is connected and the device is online (see sdk-loader.ts for a failed load). Test mode
 * discovers Stripe's simulated reader, live mode the internet readers at the shop's Location.
 */
export class StripeTerminalReader extends ReaderCore {
  readonly kind = 'stripe_terminal' as const;
  private readonly options: StripeTerminalReaderOptions;
  private readonly loader: SdkLoader;
  private terminal: SdkTerminal | null = null;
  private readonly discovered = new Map<string, SdkReader>();
  private locationId: string | null = null;
  /** the SDK's cancel of the last payment, which a new collect waits for (one command at a time) */
  private stopping: Promise<unknown> = Promise.resolve();

  constructor(options: StripeTerminalReaderOptions) {
    super(options);
    this.options = options;
    this.loader = options.loader ?? pageSdkLoader;
    this.start();
  }

  /** After a failed script load only a reload helps (sdk-loader.ts); otherwise re-check the state. */
  override async retry(): Promise<void> {
    if (this.loader.failed && this.network.isOnline()) this.loader.reloadPage();
    else this.refresh();
  }

  /** Test mode only: the card Stripe's simulated reader presents on the next payments. */
  async useSimulatedCard(testCard: TestCard): Promise<void> {
    if (this.options.stripe.mode !== 'test') throw new CardReaderError('failed', 'Test cards exist only in test mode.');
    (await this.sdk()).setSimulatorConfiguration({ testPaymentMethod: SIMULATOR_TEST_PAYMENT_METHODS[testCard] });
  }

  protected override blocked(): UnavailableState | null {
    const { mode, connected } = this.options.stripe;
    if (mode === 'sandbox' || !connected) return NO_ACCOUNT;
    return this.loader.failed ? LOAD_FAILED : null;
  }

  protected async findReaders(): Promise<ReaderInfo[]> {
    const terminal = await this.sdk();
    const location = await this.location();
    const simulated = this.options.stripe.mode === 'test';
    const result = await terminal.discoverReaders({ simulated, location });
    if ('error' in result) throw new CardReaderError('failed', 'No card reader could be found.', result.error.message);
    this.discovered.clear();
    for (const reader of result.discoveredReaders) this.discovered.set(reader.id, reader);
    return result.discoveredReaders.map((reader) => readerInfoOf(reader, simulated));
  }

  protected async openConnection(readerId: string): Promise<ReaderInfo> {
    const reader = this.discovered.get(readerId);
    if (!reader) throw new CardReaderError('reader_not_found', 'That card reader is not available. Search for readers again.');
    // never take over a reader another till is using: its payment would be cut off
    const result = await (await this.sdk()).connectReader(reader, { fail_if_in_use: true });
    if ('error' in result) throw new CardReaderError('failed', 'The card reader could not be connected.', result.error.message);
    return readerInfoOf(result.reader, this.options.stripe.mode === 'test');
  }

  protected async closeConnection(): Promise<void> {
    await this.terminal?.disconnectReader();
  }

  protected async displayCart(cart: ReaderCart): Promise<void> {
    const result = await (await this.sdk()).setReaderDisplay({
      type: 'cart',
      cart: {
        line_items: cart.lines.map((line) => ({ description: line.description, amount: line.amount, quantity: 1 })),
        total: cart.total,
        currency: cart.currency.toLowerCase(),
      },
    });
    if ('error' in result) throw new CardReaderError('failed', 'The cart could not be shown on the reader.', result.error.message);
  }

  protected async runPayment(run: PaymentRun): Promise<void> {
    await this.stopping;
    const terminal = await this.sdk();
    if (run.settled) return;
    const collected = await terminal.collectPaymentMethod(run.intent.clientSecret);
    // canceled, disconnected or timed out meanwhile: a card read now is never processed
    if (run.settled) return;
    if ('error' in collected) {
      run.settle(fromSdkError(run, collected.error, this.network.isOnline()));
      return;
    }
    if (!this.enterProcessing(run)) return;
    const processed = await terminal.processPayment(collected.paymentIntent);
    if ('error' in processed) run.settle(fromSdkError(run, processed.error, this.network.isOnline()));
    else run.settle(fromProcessed(run.intent, processed.paymentIntent, collected.paymentIntent));
  }

  protected async stopPayment(phase: PaymentPhase): Promise<void> {
    const terminal = this.terminal;
    if (!terminal) return;
    this.stopping = (phase === 'collect' ? terminal.cancelCollectPaymentMethod() : terminal.cancelProcessPayment()).catch(() => undefined);
    await this.stopping;
  }

  /** The SDK, created on first use; the script is fetched from js.stripe.com only then. */
  private async sdk(): Promise<SdkTerminal> {
    if (this.terminal) return this.terminal;
    const stripeTerminal = await this.loader.load().catch((error: unknown) => {
      this.refresh();
      throw new CardReaderError('unavailable', LOAD_FAILED.message, messageOf(error));
    });
    this.terminal ??= stripeTerminal.create({
      onFetchConnectionToken: () => this.connectionToken(),
      onUnexpectedReaderDisconnect: () => this.readerLost('The card reader lost its connection.'),
    });
    return this.terminal;
  }

  private async connectionToken(): Promise<string> {
    const token = await this.options.api['terminal:createConnectionToken']({});
    // the SDK expects a rejection when no token can be had; it reports it on the step that needed one
    if (!token.ok) throw new Error(token.error.stripe?.message ?? token.error.message);
    return token.value.secret;
  }

  private async location(): Promise<string> {
    if (this.locationId) return this.locationId;
    const found = await this.options.api['terminal:ensureLocation'](this.options.location);
    if (!found.ok) throw new CardReaderError('failed', 'The shop’s Stripe Terminal location could not be set up.', found.error.stripe?.message ?? found.error.message);
    this.locationId = found.value.locationId;
    return this.locationId;
  }
}
