import type { ReaderState } from './card-reader';

/** The reader's state in a few words for a status line; amounts are left to the caller. */
export function describeReaderState(state: ReaderState): string {
  switch (state.status) {
    case 'disconnected':
      return state.message ?? 'No card reader connected.';
    case 'discovering':
      return 'Looking for card readers…';
    case 'connecting':
      return 'Connecting to the card reader…';
    case 'ready':
      return `${state.reader.label} is ready.`;
    case 'showing_cart':
      return `${state.reader.label} shows the cart.`;
    case 'waiting_for_card':
      return `${state.reader.label} is waiting for the card.`;
    case 'processing':
      return 'Stripe is processing the card…';
    case 'unavailable':
      return state.message;
  }
}

/** What the cashier does or says now, while a card payment runs. */
export function cashierInstruction(state: ReaderState): string {
  switch (state.status) {
    case 'showing_cart':
      return 'The customer sees the total on the reader.';
    case 'waiting_for_card':
      return 'Ask the customer to tap or insert the card.';
    case 'processing':
      return 'Stripe is processing the card. Ask the customer to leave it on the reader until it says done.';
    default:
      return describeReaderState(state);
  }
}
