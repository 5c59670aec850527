import { describe, expect, it } from 'vitest';
import { whyNoCard, type CardConditions } from '../../../renderer/src/features/payment/card-availability';
import { SimulatedReader, SIMULATED_READER } from '../../../renderer/src/terminal/simulated-reader';
import { fakeTerminalApi, manualNetwork } from '../terminal/fakes';

const ready: CardConditions = {
  online: true,
  counterReader: { status: 'ready', choice: { reader: new SimulatedReader({ api: fakeTerminalApi().api, network: manualNetwork() }), simulated: null } },
  reader: { status: 'ready', reader: SIMULATED_READER },
  saleInStripe: true,
};

describe('when the Card button can be used, and why not', () => {
  it('is available online, with a connected reader, for a sale already in Stripe', () => {
    expect(whyNoCard(ready)).toBeNull();
    expect(whyNoCard({ ...ready, reader: { status: 'showing_cart', reader: SIMULATED_READER, cart: { lines: [], total: 100, currency: 'USD' } } })).toBeNull();
  });

  it('offline, says Stripe Terminal cannot take a card and offers the other tenders, whatever the reader does', () => {
    expect(whyNoCard({ ...ready, online: false })).toBe('Cards need the network: Stripe Terminal cannot take a card offline. Take cash, or let the customer pay later.');
  });

  it('asks for the shop’s address when Stripe needs a Terminal Location', () => {
    expect(whyNoCard({ ...ready, counterReader: { status: 'needs_location' }, reader: null })).toMatch(/shop’s address: a manager enters it in Settings/);
  });

  it('names the reader’s own problem when it is unavailable', () => {
    const reader = { status: 'unavailable', reason: 'sdk_load_failed', message: 'The card reader software could not be loaded.', recovery: 'reload_page' } as const;
    expect(whyNoCard({ ...ready, reader })).toBe('The card reader software could not be loaded. Take cash, or let the customer pay later.');
  });

  it('asks to connect a reader, and refuses while the reader is busy with a payment', () => {
    expect(whyNoCard({ ...ready, reader: { status: 'disconnected', message: null } })).toMatch(/^No card reader is connected/);
    expect(whyNoCard({ ...ready, reader: { status: 'connecting', readerId: 'x' } })).toMatch(/^No card reader is connected/);
    const waiting = { status: 'waiting_for_card', reader: SIMULATED_READER, paymentIntentId: 'pi_1', amount: 100, currency: 'USD' } as const;
    expect(whyNoCard({ ...ready, reader: waiting })).toMatch(/busy with a payment/);
  });

  it('waits for the sale to reach Stripe', () => {
    expect(whyNoCard({ ...ready, saleInStripe: false })).toBe('The sale is on its way to Stripe; the card can be taken as soon as it is there.');
  });
});
