import { describe, expect, it } from 'vitest';
import type { TestCard } from '../../../shared/api/terminal-calls';
import { CardReaderError, type ReaderState } from '../../../renderer/src/terminal/card-reader';
import { SIMULATED_READER, SimulatedReader, type SimulatedReaderOptions } from '../../../renderer/src/terminal/simulated-reader';
import { fakeTerminalApi, manualNetwork } from './fakes';

const INTENT = { id: 'pi_1', clientSecret: 'pi_1_secret_x', amount: 4500, currency: 'USD' };
const CART = { lines: [{ description: 'Haircut', amount: 4500 }], total: 4500, currency: 'USD' };
const INSTANT = { discoverMs: 0, connectMs: 0, readMs: 0 };

function setUp(options: Partial<SimulatedReaderOptions> = {}) {
  const fake = fakeTerminalApi();
  const network = manualNetwork();
  const reader = new SimulatedReader({ api: fake.api, network, timing: INSTANT, ...options });
  const states: ReaderState['status'][] = [];
  reader.subscribe((state) => states.push(state.status));
  return { fake, network, reader, states };
}

async function connected(options: Partial<SimulatedReaderOptions> = {}) {
  const setup = setUp(options);
  const [found] = await setup.reader.discover();
  await setup.reader.connect(found!.id);
  setup.states.length = 0;
  return setup;
}

/** Resolves once the reader reaches this status. */
function reaching(reader: SimulatedReader, status: ReaderState['status']): Promise<void> {
  if (reader.getState().status === status) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = reader.subscribe((state) => {
      if (state.status !== status) return;
      stop();
      resolve();
    });
  });
}

async function payWith(testCard: TestCard) {
  const { reader } = await connected();
  const result = reader.collectAndProcess(INTENT);
  await reaching(reader, 'waiting_for_card');
  await reader.presentCard(testCard);
  return result;
}

describe('the simulated reader', () => {
  it('offers one simulated reader and steps through discovering and connecting, as Stripe’s does', async () => {
    const { reader, states } = setUp();
    expect(reader.getState()).toEqual({ status: 'disconnected', message: null });
    expect(await reader.discover()).toEqual([{ id: SIMULATED_READER.id, label: 'Simulated WisePOS E', simulated: true }]);
    expect(await reader.connect(SIMULATED_READER.id)).toEqual(SIMULATED_READER);
    expect(states).toEqual(['discovering', 'disconnected', 'connecting', 'ready']);
  });

  it('refuses to connect to a reader it does not know, and stays disconnected', async () => {
    const { reader } = setUp();
    await expect(reader.connect('tmr_elsewhere')).rejects.toMatchObject({ code: 'reader_not_found' });
    expect(reader.getState().status).toBe('disconnected');
  });

  it('takes a payment with an approved card: show cart, wait for card, process, ready again (state sequence)', async () => {
    const { reader, states, fake } = await connected();
    await reader.showCart(CART);
    expect(reader.getState()).toEqual({ status: 'showing_cart', reader: SIMULATED_READER, cart: CART });
    const result = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    expect(reader.getState()).toMatchObject({ status: 'waiting_for_card', paymentIntentId: 'pi_1', amount: 4500, currency: 'USD' });
    await reader.presentCard('visa');
    expect(await result).toEqual({ outcome: 'paid', paymentIntentId: 'pi_1', cardBrand: 'visa', last4: null });
    expect(states).toEqual(['showing_cart', 'waiting_for_card', 'processing', 'ready']);
    expect(fake.presented).toEqual([{ paymentIntentId: 'pi_1', testCard: 'visa' }]);
  });

  it('presents a card by itself when told to (tests, unattended demos)', async () => {
    const { reader, states } = await connected({ autoPresent: 'mastercard' });
    expect(await reader.collectAndProcess(INTENT)).toMatchObject({ outcome: 'paid', cardBrand: 'mastercard' });
    expect(states).toEqual(['waiting_for_card', 'processing', 'ready']);
  });

  it.each([
    ['declined', 'declined', 'card_declined', 'generic_decline', false],
    ['insufficient_funds', 'declined', 'card_declined', 'insufficient_funds', false],
    ['lost_card', 'declined', 'card_declined', 'lost_card', false],
    ['stolen_card', 'declined', 'card_declined', 'stolen_card', false],
    ['expired_card', 'declined', 'expired_card', 'expired_card', false],
    ['processing_error', 'error', 'processing_error', 'processing_error', true],
  ] as const)('reports a %s card as a failure, never as paid', async (testCard, reason, code, declineCode, retryable) => {
    const result = await payWith(testCard);
    expect(result).toMatchObject({ outcome: 'failed', paymentIntentId: 'pi_1', reason, code, declineCode, retryable, checkPaymentIntent: false });
    expect(result.outcome === 'failed' && result.stripeMessage).toBeTruthy();
    if (testCard === 'lost_card' || testCard === 'stolen_card') {
      expect(result.outcome === 'failed' && result.cashierMessage).toBe('The card was declined by the bank. Ask for another card or another way to pay.');
    }
  });

  it('is ready for another card after a decline, on the same PaymentIntent', async () => {
    const { reader } = await connected();
    const first = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    await reader.presentCard('insufficient_funds');
    expect((await first).outcome).toBe('failed');
    expect(reader.getState().status).toBe('ready');
    const second = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    await reader.presentCard('amex');
    expect(await second).toMatchObject({ outcome: 'paid', cardBrand: 'amex' });
  });

  it('fails canceled when the cashier cancels while waiting for the card; nothing reaches Stripe', async () => {
    const { reader, fake, states } = await connected();
    const result = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    await reader.cancel();
    expect(await result).toMatchObject({ outcome: 'failed', reason: 'canceled', retryable: true, checkPaymentIntent: false });
    expect(states).toEqual(['waiting_for_card', 'ready']);
    expect(fake.presented).toEqual([]);
    await expect(reader.presentCard('visa')).rejects.toBeInstanceOf(CardReaderError);
  });

  it('fails disconnected when the reader drops off while waiting for the card', async () => {
    const { reader, states } = await connected();
    const result = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    reader.simulateDisconnect();
    expect(await result).toMatchObject({ outcome: 'failed', reason: 'disconnected', retryable: true, checkPaymentIntent: false });
    expect(reader.getState()).toEqual({ status: 'disconnected', message: 'The card reader lost its connection.' });
    expect(states).toEqual(['waiting_for_card', 'disconnected']);
  });

  it('fails disconnected, asking for a check with Stripe, when the reader drops off while Stripe processes', async () => {
    const { reader, fake } = await connected();
    fake.holdNext = true;
    const result = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    const presenting = reader.presentCard('visa');
    await reaching(reader, 'processing');
    reader.simulateDisconnect();
    fake.release();
    await presenting;
    // Stripe did charge the card here: the failure says so, and the caller re-reads the PaymentIntent
    expect(await result).toMatchObject({ outcome: 'failed', reason: 'disconnected', retryable: true, checkPaymentIntent: true });
  });

  it('times out when no card is presented in time, and can be used again', async () => {
    const { reader } = await connected({ timeouts: { cardMs: 20 } });
    expect(await reader.collectAndProcess(INTENT)).toMatchObject({ outcome: 'failed', reason: 'timeout', retryable: true, checkPaymentIntent: false });
    expect(reader.getState().status).toBe('ready');
  });

  it('times out when Stripe does not answer, and asks for a check instead of a second charge', async () => {
    const { reader, fake } = await connected({ timeouts: { processMs: 20 } });
    fake.holdNext = true;
    const result = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    void reader.presentCard('visa');
    const settled = await result;
    fake.release();
    expect(settled).toMatchObject({ outcome: 'failed', reason: 'timeout', checkPaymentIntent: true });
    expect(settled.outcome === 'failed' && settled.cashierMessage).toMatch(/^The reader stopped answering\. Checking with Stripe/);
  });

  it('reports a lost answer from Stripe as a failure to check, never as paid', async () => {
    const { reader, fake } = await connected();
    fake.failNextWith = { ok: false, error: { code: 'bridge_unreachable', message: 'The background service is not answering.' } };
    const result = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    await reader.presentCard('visa');
    expect(await result).toMatchObject({ outcome: 'failed', reason: 'error', code: 'bridge_unreachable', checkPaymentIntent: true });
  });

  it('shows the cart only while connected and not taking a payment', async () => {
    const { reader } = setUp();
    await expect(reader.showCart(CART)).rejects.toMatchObject({ code: 'not_connected' });
    await reader.connect(SIMULATED_READER.id);
    await reader.showCart(CART);
    expect(reader.getState().status).toBe('showing_cart');
    const result = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    await expect(reader.showCart(CART)).rejects.toMatchObject({ code: 'busy' });
    await reader.cancel();
    await result;
    await reader.disconnect();
    await expect(reader.showCart(CART)).rejects.toMatchObject({ code: 'not_connected' });
  });

  it('refuses a payment before a reader is connected, as a failure rather than a throw', async () => {
    const { reader } = setUp();
    expect(await reader.collectAndProcess(INTENT)).toMatchObject({ outcome: 'failed', reason: 'disconnected', cashierMessage: 'Connect the card reader, then try again.' });
  });

  it('refuses a second payment while one is in progress', async () => {
    const { reader } = await connected();
    const first = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    expect(await reader.collectAndProcess({ ...INTENT, id: 'pi_2' })).toMatchObject({ outcome: 'failed', reason: 'error', retryable: false });
    expect(reader.getState()).toMatchObject({ status: 'waiting_for_card', paymentIntentId: 'pi_1' });
    await reader.cancel();
    await first;
  });

  it('is unavailable offline: a waiting payment fails offline, and the reader is back when the network is', async () => {
    const { reader, network } = await connected();
    const result = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    network.set(false);
    expect(await result).toMatchObject({ outcome: 'failed', reason: 'offline', retryable: false });
    expect(reader.getState()).toMatchObject({ status: 'unavailable', reason: 'offline', recovery: 'when_online' });
    expect(await reader.collectAndProcess(INTENT)).toMatchObject({ outcome: 'failed', reason: 'offline' });
    await expect(reader.discover()).rejects.toMatchObject({ code: 'unavailable' });
    network.set(true);
    expect(reader.getState()).toEqual({ status: 'ready', reader: SIMULATED_READER });
  });

  it('fails a pending payment on a deliberate disconnect', async () => {
    const { reader } = await connected();
    const result = reader.collectAndProcess(INTENT);
    await reaching(reader, 'waiting_for_card');
    await reader.disconnect();
    expect(await result).toMatchObject({ outcome: 'failed', reason: 'disconnected' });
    expect(reader.getState()).toEqual({ status: 'disconnected', message: null });
  });
});
