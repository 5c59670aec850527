import { describe, expect, it } from 'vitest';
import { PaymentRun, type PaymentPhase } from '../../../renderer/src/terminal/payment-run';
import { fromProcessed, fromSdkError } from '../../../renderer/src/terminal/sdk-results';

const INTENT = { id: 'pi_1', clientSecret: 'pi_1_secret_x', amount: 4500, currency: 'USD' };
const COLLECTED = { id: 'pi_1', status: 'requires_confirmation', sdk_payment_details: { card_payment: { card_brand: 'MASTERCARD', masked_pan: '************4444' } } };

function runIn(phase: PaymentPhase): PaymentRun {
  const run = new PaymentRun(INTENT, { cardMs: 60_000, processMs: 60_000 }, () => undefined);
  if (phase === 'process') run.startProcessing();
  // the timers are not under test: end the run so that none is left behind
  void Promise.resolve().then(() => run.fail('canceled'));
  return run;
}

describe('the Terminal SDK’s errors, as the reader’s results', () => {
  it.each([
    ['a card Stripe declined', 'process', { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Insufficient funds.' }, true, 'declined', false],
    ['a decline code without a type', 'process', { code: 'card_declined', decline_code: 'generic_decline', message: 'Declined.' }, true, 'declined', false],
    ['a processing error', 'process', { type: 'card_error', code: 'processing_error', message: 'Try again.' }, true, 'error', false],
    ['the collect canceled', 'collect', { code: 'canceled', message: 'Canceled.' }, true, 'canceled', false],
    ['the processing canceled', 'process', { code: 'canceled', message: 'Canceled.' }, true, 'canceled', true],
    ['no connection to the reader', 'collect', { code: 'no_established_connection', message: 'No reader.' }, true, 'disconnected', false],
    ['a network error while offline', 'process', { code: 'network_error', message: 'Network.' }, false, 'offline', true],
    ['a network timeout while processing', 'process', { code: 'network_timeout', message: 'Timed out.' }, true, 'timeout', true],
    ['a reader error while collecting', 'collect', { code: 'reader_error', message: 'Reader error.' }, true, 'error', false],
    ['an unknown error while processing', 'process', { message: 'Something odd.' }, true, 'error', true],
  ] as const)('%s', (_what, phase, error, online, reason, checkPaymentIntent) => {
    const result = fromSdkError(runIn(phase), error, online);
    expect(result).toMatchObject({ outcome: 'failed', paymentIntentId: 'pi_1', reason, checkPaymentIntent, stripeMessage: error.message });
  });
});

describe('what processPayment answered', () => {
  it('is paid only for a succeeded PaymentIntent, with the charge’s brand and last 4', () => {
    const processed = { id: 'pi_1', status: 'succeeded', latest_charge: { payment_method_details: { card_present: { brand: 'visa', last4: '4242' } } } };
    expect(fromProcessed(INTENT, processed, COLLECTED)).toEqual({ outcome: 'paid', paymentIntentId: 'pi_1', cardBrand: 'visa', last4: '4242' });
  });

  it('reads older API versions’ charges list, then falls back to what the reader read', () => {
    const older = { id: 'pi_1', status: 'succeeded', charges: { data: [{ payment_method_details: { card_present: { brand: 'amex', last4: '0005' } } }] } };
    expect(fromProcessed(INTENT, older, COLLECTED)).toMatchObject({ cardBrand: 'amex', last4: '0005' });
    expect(fromProcessed(INTENT, { id: 'pi_1', status: 'succeeded', latest_charge: 'ch_1' }, COLLECTED)).toMatchObject({ cardBrand: 'mastercard', last4: '4444' });
  });

  it.each([
    ['still processing', { id: 'pi_1', status: 'processing' }],
    ['waiting for another payment method', { id: 'pi_1', status: 'requires_payment_method' }],
    ['another PaymentIntent altogether', { id: 'pi_other', status: 'succeeded' }],
  ])('is a failure to check when the PaymentIntent is %s', (_what, processed) => {
    expect(fromProcessed(INTENT, processed, COLLECTED)).toMatchObject({ outcome: 'failed', reason: 'error', checkPaymentIntent: true });
  });
});
