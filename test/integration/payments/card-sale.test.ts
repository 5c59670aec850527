import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PosApi } from '../../../shared/api/contract';
import { takeCardPayment, type CardSaleDeps } from '../../../renderer/src/payments/card-sale';
import type { ReaderState } from '../../../renderer/src/terminal/card-reader';
import { SIMULATED_READER, SimulatedReader } from '../../../renderer/src/terminal/simulated-reader';
import { manualNetwork } from '../../unit/terminal/fakes';
import { device, drainUntilSettled, sell, shopWithCodes, startSandboxWithReader, uniqueBuyer, type Device, type Sandbox } from '../sync/sync-harness';

let sandbox: Sandbox;
let stripe: Stripe;
const till = async () => ({ now: Date.now(), deviceId: 'till-1', actor: 'cashier', online: true });

beforeAll(async () => {
  ({ sandbox, stripe } = await startSandboxWithReader());
});
afterAll(() => sandbox.close());

/** A $50.00 sale with a 10% code, synced (its invoice open in Stripe for $45.00), and a connected simulated reader. */
async function counterWithSale(api: PosApi = sandbox.api) {
  const a: Device = device(sandbox.api, 'A');
  const { shop, codes } = await shopWithCodes(a.db, 1);
  const { redemption } = await sell(a.db, codes[0]!.code, shop.id, uniqueBuyer('card'));
  await drainUntilSettled(a);
  const reader = new SimulatedReader({ api, network: manualNetwork(), timing: { discoverMs: 0, connectMs: 0, readMs: 0 } });
  await reader.connect((await reader.discover())[0]!.id);
  const deps: CardSaleDeps = { db: a.db, api, reader, till };
  const invoiceId = (await a.db.redemptions.get(redemption.id))!.stripeInvoiceId!;
  return { a, deps, reader, saleId: redemption.id, invoiceId, leadId: redemption.leadId };
}

function reaching(reader: SimulatedReader, status: ReaderState['status']): Promise<void> {
  return new Promise((resolve) => {
    if (reader.getState().status === status) return resolve();
    const stop = reader.subscribe((state) => {
      if (state.status !== status) return;
      stop();
      resolve();
    });
  });
}

async function intentsOf(invoiceId: string): Promise<Stripe.PaymentIntent[]> {
  return (await stripe.paymentIntents.list({ limit: 100 })).data.filter((pi) => pi.metadata['invoice_id'] === invoiceId);
}

describe('taking a card for a referral sale on the reader', () => {
  it('shows the cart, takes an approved card, pays the sale and its invoice, and qualifies the lead', async () => {
    const { a, deps, reader, saleId, invoiceId, leadId } = await counterWithSale();
    const carts: ReaderState[] = [];
    reader.subscribe((state) => state.status === 'showing_cart' && carts.push(state));
    const taking = takeCardPayment(deps, saleId);
    await reaching(reader, 'waiting_for_card');
    await reader.presentCard('visa');
    const outcome = await taking;
    expect(outcome.outcome).toBe('paid');
    expect(carts[0]).toMatchObject({ cart: { total: 4_500, currency: 'USD', lines: [{ amount: 4_500, description: expect.stringContaining('less referral discount $5.00') }] } });
    expect(await a.db.redemptions.get(saleId)).toMatchObject({ status: 'paid', payment: { tender: 'card', cardBrand: 'visa', amountDue: 4_500 } });
    expect((await a.db.leads.get(leadId))!.status).toBe('qualified');
    await drainUntilSettled(a);
    expect(await stripe.invoices.retrieve(invoiceId)).toMatchObject({ status: 'paid', amount_paid: 4_500 });
  });

  it('says why a card was declined, leaves the sale unpaid, and charges the next card on the same PaymentIntent', async () => {
    const { a, deps, reader, saleId, invoiceId } = await counterWithSale();
    const first = takeCardPayment(deps, saleId);
    await reaching(reader, 'waiting_for_card');
    await reader.presentCard('insufficient_funds');
    expect(await first).toEqual({ outcome: 'failed', message: expect.stringMatching(/not enough funds|insufficient/i), retryable: false });
    expect((await a.db.redemptions.get(saleId))!.status).toBe('awaiting_payment');

    const second = takeCardPayment(deps, saleId);
    await reaching(reader, 'waiting_for_card');
    await reader.presentCard('mastercard');
    expect((await second).outcome).toBe('paid');
    const intents = await intentsOf(invoiceId);
    expect(intents.map((pi) => pi.status)).toEqual(['succeeded']);
  });

  it('never records a sale as paid when the reader drops off while waiting for the card', async () => {
    const { a, deps, reader, saleId, invoiceId } = await counterWithSale();
    const taking = takeCardPayment(deps, saleId);
    await reaching(reader, 'waiting_for_card');
    reader.simulateDisconnect();
    expect(await taking).toMatchObject({ outcome: 'failed', retryable: true });
    expect((await a.db.redemptions.get(saleId))!.status).toBe('awaiting_payment');
    expect((await intentsOf(invoiceId)).map((pi) => pi.status)).toEqual(['requires_payment_method']);
  });

  it('asks Stripe when the answer to a charged card was lost, and records the payment it finds', async () => {
    const lostAnswer = answerLostAfterCharge(sandbox.api);
    const { a, deps, reader, saleId } = await counterWithSale(lostAnswer);
    const taking = takeCardPayment(deps, saleId);
    await reaching(reader, 'waiting_for_card');
    await reader.presentCard('visa');
    expect((await taking).outcome).toBe('paid');
    expect((await a.db.redemptions.get(saleId))!.payment).toMatchObject({ tender: 'card', paidAt: expect.any(Number) });
  });

  it('when Stripe cannot be asked either, says so; the next attempt finds the charge and never takes the card twice', async () => {
    let stripeReachable = false;
    const api = answerLostAfterCharge(sandbox.api, () => stripeReachable);
    const { a, deps, reader, saleId, invoiceId } = await counterWithSale(api);
    const taking = takeCardPayment(deps, saleId);
    await reaching(reader, 'waiting_for_card');
    await reader.presentCard('visa');
    expect(await taking).toEqual({ outcome: 'unconfirmed', message: expect.stringContaining('Do not take the card again') });
    expect((await a.db.redemptions.get(saleId))!.status).toBe('awaiting_payment');

    stripeReachable = true;
    let askedForCard = false;
    reader.subscribe((state) => (askedForCard ||= state.status === 'waiting_for_card'));
    expect((await takeCardPayment(deps, saleId)).outcome).toBe('paid');
    expect(askedForCard).toBe(false);
    expect(await intentsOf(invoiceId)).toHaveLength(1);
  });

  it('when Stripe finds the card with the lost answer was not charged, the cashier may simply try again', async () => {
    const { a, deps, reader, saleId } = await counterWithSale(answerLostAfterCharge(sandbox.api));
    const taking = takeCardPayment(deps, saleId);
    await reaching(reader, 'waiting_for_card');
    await reader.presentCard('declined');
    const outcome = await taking;
    expect(outcome).toEqual({ outcome: 'failed', message: 'The card payment did not go through. Try again.', retryable: true });
    expect((await a.db.redemptions.get(saleId))!.status).toBe('awaiting_payment');
  });

  it('a cancel that comes while the PaymentIntent is being made stops the reader from asking for the card', async () => {
    const controller = new AbortController();
    const { a, deps, reader, saleId } = await counterWithSale();
    const slowApi = { ...deps.api, 'payments:createCardPayment': async (args: Parameters<PosApi['payments:createCardPayment']>[0]) => {
      controller.abort();
      return deps.api['payments:createCardPayment'](args);
    } };
    let askedForCard = false;
    reader.subscribe((state) => (askedForCard ||= state.status === 'waiting_for_card'));
    const outcome = await takeCardPayment({ ...deps, api: slowApi, signal: controller.signal }, saleId);
    expect(outcome).toMatchObject({ outcome: 'failed', message: expect.stringContaining('canceled') });
    expect(askedForCard).toBe(false);
    expect((await a.db.redemptions.get(saleId))!.status).toBe('awaiting_payment');
  });

  it('a busy Stripe is told in words the cashier can act on, and nothing is charged', async () => {
    const busy = { ok: false as const, error: { code: 'stripe_unavailable', message: 'Request rate limit exceeded.', stripe: { statusCode: 429, type: 'rate_limit_error', code: null, declineCode: null, message: 'Request rate limit exceeded.', param: null, requestId: null, retryAfterMs: null } } };
    const { a, deps, saleId } = await counterWithSale({ ...sandbox.api, 'payments:createCardPayment': async () => busy } as PosApi);
    await expect(takeCardPayment(deps, saleId)).rejects.toThrow('Stripe is busy right now. Nothing was charged: try the card again in a moment.');
    expect((await a.db.redemptions.get(saleId))!.status).toBe('awaiting_payment');
  });

  it('refuses a card before the sale has reached Stripe, and changes nothing', async () => {
    const a = device(sandbox.api, 'B');
    const { shop, codes } = await shopWithCodes(a.db, 1);
    const { redemption } = await sell(a.db, codes[0]!.code, shop.id, uniqueBuyer('early'));
    const reader = new SimulatedReader({ api: sandbox.api, network: manualNetwork(), timing: { discoverMs: 0, connectMs: 0, readMs: 0 } });
    await reader.connect(SIMULATED_READER.id);
    await expect(takeCardPayment({ db: a.db, api: sandbox.api, reader, till }, redemption.id)).rejects.toThrow('still on its way to Stripe');
    expect((await a.db.redemptions.get(redemption.id))!.payment).toBeNull();
  });
});

/**
 * Stripe charges the presented card but its answer never reaches the till; PaymentIntents can
 * be read back only while `reachable()` says so.
 */
function answerLostAfterCharge(api: PosApi, reachable: () => boolean = () => true): PosApi {
  const lost = { ok: false as const, error: { code: 'network', message: 'The connection to Stripe was lost.' } };
  return {
    ...api,
    'terminal:presentTestCard': async (args) => {
      await api['terminal:presentTestCard'](args);
      return lost;
    },
    'payments:retrieveCardPayment': async (args) => (reachable() ? api['payments:retrieveCardPayment'](args) : lost),
  } as PosApi;
}
