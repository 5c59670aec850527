import type { AppInfo, ArgsOf, PosApi } from '../../../shared/api/contract';
import type { CardReader } from './card-reader';
import type { NetworkWatch } from './network-watch';
import { SimulatedReader } from './simulated-reader';
import { StripeTerminalReader } from './stripe-terminal';

/** The counter's reader, and the app's simulated reader when a developer panel may drive one. */
export interface ReaderChoice {
  reader: CardReader;
  /**
   * sandbox: the counter's reader itself (the panel presents its test cards); test: a second,
   * app-side reader for development when js.stripe.com or Stripe's simulator is out of reach;
   * live: null — no test card may ever be presented against a live account.
   */
  simulated: SimulatedReader | null;
}

export interface ChooseReaderDeps {
  api: Pick<PosApi, 'terminal:createConnectionToken' | 'terminal:ensureLocation' | 'terminal:presentTestCard'>;
  /** the shop's Terminal Location (name and address), needed by the real SDK only */
  location: ArgsOf<'terminal:ensureLocation'>;
  network?: NetworkWatch;
}

/**
 * Picks the implementation for this install: sandbox (no Stripe account) gets the simulated
 * reader against the bundled emulator; test mode the real SDK with Stripe's simulated reader;
 * live mode the real SDK only. The SDK is not loaded here: only on the reader's first `discover()`.
 */
export function chooseReader(stripe: AppInfo['stripe'], deps: ChooseReaderDeps): ReaderChoice {
  const { api, location, network } = deps;
  if (stripe.mode === 'sandbox') {
    const simulated = new SimulatedReader({ api, network });
    return { reader: simulated, simulated };
  }
  const reader = new StripeTerminalReader({ api, stripe, location, network });
  return { reader, simulated: stripe.mode === 'test' ? new SimulatedReader({ api, network }) : null };
}

/** The same, asking the app which Stripe mode it is in. */
export async function chooseReaderFor(api: ChooseReaderDeps['api'] & Pick<PosApi, 'app:getInfo'>, location: ChooseReaderDeps['location']): Promise<ReaderChoice> {
  const info = await api['app:getInfo']({});
  if (!info.ok) throw new Error(info.error.message);
  return chooseReader(info.value.stripe, { api, location });
}
