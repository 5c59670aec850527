import type { ReaderState } from '../../terminal/card-reader';
import type { CounterReaderState } from '../../terminal/counter-reader';

const OTHER_TENDERS = 'Take cash, or let the customer pay later.';

export interface CardConditions {
  online: boolean;
  counterReader: CounterReaderState;
  /** the reader's own state, once there is a reader */
  reader: ReaderState | null;
  /** the sale's invoice exists in Stripe: a card PaymentIntent can be made for it */
  saleInStripe: boolean;
}

/** Why the Card button cannot be used for this sale now, in words for the cashier; null when it can. */
export function whyNoCard(c: CardConditions): string | null {
  if (!c.online) return `Cards need the network: Stripe Terminal cannot take a card offline. ${OTHER_TENDERS}`;
  if (c.counterReader.status === 'starting') return 'The card reader is starting…';
  if (c.counterReader.status === 'needs_location') return `Card readers need the shop’s address: a manager enters it in Settings. ${OTHER_TENDERS}`;
  const reader = c.reader;
  if (!reader) return 'The card reader is starting…';
  if (reader.status === 'unavailable') return `${reader.message} ${OTHER_TENDERS}`;
  if (reader.status === 'waiting_for_card' || reader.status === 'processing') return 'The card reader is busy with a payment. Finish or cancel it first.';
  if (reader.status !== 'ready' && reader.status !== 'showing_cart') return `No card reader is connected: connect one in the Card reader panel. ${OTHER_TENDERS}`;
  if (!c.saleInStripe) return 'The sale is on its way to Stripe; the card can be taken as soon as it is there.';
  return null;
}
