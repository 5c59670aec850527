/** The Terminal SDK's answers, as the card reader's results: the SDK's types stop here. */
import type { TestCard } from '../../../shared/api/terminal-calls';
import type { CardPaymentIntent, CollectResult, ReaderInfo } from './card-reader';
import { cardRefused, failed, paid } from './collect-results';
import type { PaymentRun } from './payment-run';
import type { SdkError, SdkManagedPaymentIntent, SdkPaymentIntent, SdkReader } from './sdk-types';

export function readerInfoOf(reader: SdkReader, simulated: boolean): ReaderInfo {
  return { id: reader.id, label: reader.label || reader.serial_number || reader.id, simulated };
}

/**
 * An SDK error during a payment. A card Stripe refused was surely not charged; any other error
 * once the card went to Stripe (`process` phase) leaves the PaymentIntent to be checked.
 */
export function fromSdkError(run: PaymentRun, error: SdkError, online: boolean): CollectResult {
  const id = run.intent.id;
  const code = error.code ?? null;
  if (error.decline_code || error.type === 'card_error') return cardRefused(id, code, error.decline_code ?? null, error.message);
  const details = { code, stripeMessage: error.message, checkPaymentIntent: run.phase === 'process' };
  if (code === 'canceled') return failed(id, 'canceled', details);
  if (code === 'no_established_connection') return failed(id, 'disconnected', details);
  if (!online) return failed(id, 'offline', details);
  if (code === 'network_timeout') return failed(id, 'timeout', details);
  return failed(id, 'error', details);
}

/** processPayment answered: only a `succeeded` PaymentIntent, the one we asked for, is paid. */
export function fromProcessed(intent: CardPaymentIntent, processed: SdkPaymentIntent, collected: SdkManagedPaymentIntent): CollectResult {
  if (processed.id !== intent.id || processed.status !== 'succeeded') {
    return failed(intent.id, 'error', { stripeMessage: `Stripe left the payment ${processed.status}.`, checkPaymentIntent: true });
  }
  const charged = cardOfCharge(processed);
  const read = collected.sdk_payment_details?.card_payment;
  const brand = charged.brand ?? read?.card_brand?.toLowerCase() ?? null;
  const last4 = charged.last4 ?? read?.masked_pan?.slice(-4) ?? null;
  return paid(intent.id, brand, last4);
}

/** Brand and last 4 from the charge, whichever shape the account's API version gives it. */
function cardOfCharge(intent: SdkPaymentIntent): { brand: string | null; last4: string | null } {
  const charge = field(intent, 'latest_charge') ?? first(field(field(intent, 'charges'), 'data'));
  const card = field(field(charge, 'payment_method_details'), 'card_present');
  return { brand: text(field(card, 'brand')), last4: text(field(card, 'last4')) };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Stripe's simulated reader (test mode) pays with the card named here (`setSimulatorConfiguration`). */
export const SIMULATOR_TEST_PAYMENT_METHODS: Record<TestCard, string> = {
  visa: 'visa',
  mastercard: 'mastercard',
  amex: 'amex',
  declined: 'charge_declined',
  insufficient_funds: 'charge_declined_insufficient_funds',
  lost_card: 'charge_declined_lost_card',
  stolen_card: 'charge_declined_stolen_card',
  expired_card: 'charge_declined_expired_card',
  processing_error: 'charge_declined_processing_error',
};
