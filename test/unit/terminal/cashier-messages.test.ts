import { describe, expect, it } from 'vitest';
import { FAILURE_REASONS } from '../../../renderer/src/terminal/card-reader';
import { adviceForCardError, adviceForReason } from '../../../renderer/src/terminal/cashier-messages';

const DECLINED = 'The card was declined by the bank. Ask for another card or another way to pay.';

describe('what the cashier says when Stripe refuses a card', () => {
  it.each([
    ['a generic decline', 'card_declined', 'generic_decline', 'declined', DECLINED, false],
    ['a decline with no decline code', 'card_declined', null, 'declined', DECLINED, false],
    ['an unknown decline code', 'card_declined', 'something_new', 'declined', DECLINED, false],
    ['a card reported lost: only "declined", never why', 'card_declined', 'lost_card', 'declined', DECLINED, false],
    ['a card reported stolen: only "declined", never why', 'card_declined', 'stolen_card', 'declined', DECLINED, false],
    ['a card to be picked up: only "declined"', 'card_declined', 'pickup_card', 'declined', DECLINED, false],
    ['suspected fraud: only "declined"', 'card_declined', 'fraudulent', 'declined', DECLINED, false],
    ['not enough funds', 'card_declined', 'insufficient_funds', 'declined', 'The card was declined: not enough funds. Ask for another card or another way to pay.', false],
    ['an expired card', 'expired_card', 'expired_card', 'declined', 'The card has expired. Ask for another card or another way to pay.', false],
    ['an expired card without a decline code', 'expired_card', null, 'declined', 'The card has expired. Ask for another card or another way to pay.', false],
    ['a wrong PIN', 'card_declined', 'incorrect_pin', 'declined', 'The PIN was wrong. Ask the customer to try again and enter the PIN carefully.', true],
    ['too many wrong PINs', 'card_declined', 'pin_try_exceeded', 'declined', 'Too many wrong PIN attempts. Ask for another card or another way to pay.', false],
    ['a processing error: try again', 'processing_error', 'processing_error', 'error', 'The card could not be processed. Try again.', true],
    ['a processing error without a decline code', 'processing_error', null, 'error', 'The card could not be processed. Try again.', true],
    ['the bank not answering', 'card_declined', 'issuer_not_available', 'error', 'The bank did not answer. Try again.', true],
    ['an unknown error code', 'terminal_hiccup', null, 'error', 'The card payment did not go through. Try again.', true],
    ['no codes at all', null, null, 'error', 'The card payment did not go through. Try again.', true],
  ] as const)('%s', (_what, code, declineCode, reason, message, retryable) => {
    expect(adviceForCardError(code, declineCode)).toEqual({ reason, message, retryable });
  });

  it('never says lost, stolen or fraud to the customer, whatever the code', () => {
    for (const declineCode of ['lost_card', 'stolen_card', 'pickup_card', 'fraudulent', 'merchant_blacklist', 'restricted_card', 'security_violation']) {
      expect(adviceForCardError('card_declined', declineCode).message).not.toMatch(/lost|stolen|fraud|report|police|blocked/i);
    }
  });
});

describe('what the cashier says when no card error is behind a failure', () => {
  it.each([
    ['declined', false, DECLINED, false],
    ['canceled', false, 'The card payment was canceled. Start it again when the customer is ready.', true],
    ['timeout', false, 'No card was presented in time. Start the card payment again.', true],
    ['disconnected', false, 'The card reader disconnected. Reconnect it, then try again.', true],
    ['offline', false, 'No network: cards cannot be taken offline. Take cash, or let the customer pay later.', false],
    ['error', false, 'The card payment did not go through. Try again.', true],
  ] as const)('%s (card surely not charged)', (reason, check, message, retryable) => {
    expect(adviceForReason(reason, check)).toEqual({ message, retryable });
  });

  it.each([
    ['timeout', 'The reader stopped answering.'],
    ['disconnected', 'The card reader disconnected.'],
    ['canceled', 'The card payment was canceled.'],
    ['error', 'The card payment did not go through.'],
  ] as const)('%s after the card was read: wait for the check with Stripe, do not charge again', (reason, opening) => {
    const { message } = adviceForReason(reason, true);
    expect(message.startsWith(opening)).toBe(true);
    expect(message).toContain('Checking with Stripe whether the card was charged');
  });

  it('has words for every failure reason, short enough to read aloud', () => {
    for (const reason of FAILURE_REASONS) {
      for (const check of [false, true]) expect(adviceForReason(reason, check).message.length).toBeLessThan(140);
    }
  });
});
