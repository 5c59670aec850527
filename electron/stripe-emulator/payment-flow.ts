import type Stripe from 'stripe';
import type { HandlerContext } from './context';
import { cardError, invalidRequest, resourceMissing } from './errors';
import { emitEvent } from './events';
import { ids, newId } from './ids';
import { present } from './render';
import { testCardOutcome } from './test-payment-methods';

/**
 * PaymentIntent state changes. Callers credit invoices after a success (see invoice-crediting.ts):
 * keeping that out of here keeps the two modules free of each other.
 */
function unexpectedState(pi: Stripe.PaymentIntent, action: string, allowed: readonly string[]): Error {
  return invalidRequest(
    `You cannot ${action} this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be ${action === 'capture' ? 'captured' : `${action}ed`}: ${allowed.join(', ')}.`,
    { code: 'payment_intent_unexpected_state' },
  );
}

const CONFIRMABLE = ['requires_payment_method', 'requires_confirmation'] as const;

/**
 * Confirms with a test PaymentMethod. Approved: `succeeded` (or `requires_capture` for manual
 * capture). Declined: back to `requires_payment_method` with `last_payment_error`, and a 402
 * card_error carrying the PaymentIntent, as Stripe answers.
 */
export function confirmPayment(ctx: HandlerContext, pi: Stripe.PaymentIntent, paymentMethod: string | undefined, param = 'payment_method'): void {
  if (!(CONFIRMABLE as readonly string[]).includes(pi.status)) throw unexpectedState(pi, 'confirm', CONFIRMABLE);
  const method = paymentMethod ?? (typeof pi.payment_method === 'string' ? pi.payment_method : undefined);
  if (method === undefined) {
    throw invalidRequest('You cannot confirm this PaymentIntent because it\'s missing a payment method. Pass a payment_method.', { code: 'payment_intent_unexpected_state', param });
  }
  const outcome = testCardOutcome(method);
  if (!outcome) throw resourceMissing('PaymentMethod', method, param);
  pi.payment_method = newId('pm');
  if (!outcome.approved) {
    const charge = ids.charge();
    pi.status = 'requires_payment_method';
    pi.latest_charge = charge;
    pi.last_payment_error = {
      type: 'card_error',
      code: outcome.code,
      ...(outcome.declineCode !== undefined && { decline_code: outcome.declineCode }),
      doc_url: `https://docs.stripe.com/error-codes/${outcome.code.replaceAll('_', '-')}`,
      message: outcome.message,
      charge,
    };
    const shown = present(ctx.state, 'payment_intent', pi);
    emitEvent(ctx, 'payment_intent.payment_failed', shown);
    throw cardError(outcome.code, outcome.message, outcome.declineCode, { charge, payment_intent: shown });
  }
  pi.last_payment_error = null;
  pi.latest_charge = ids.charge();
  if (pi.capture_method === 'manual') {
    pi.status = 'requires_capture';
    pi.amount_capturable = pi.amount;
    emitEvent(ctx, 'payment_intent.amount_capturable_updated', present(ctx.state, 'payment_intent', pi));
  } else {
    succeed(ctx, pi, pi.amount);
  }
}

export function capturePayment(ctx: HandlerContext, pi: Stripe.PaymentIntent, amount: number | undefined): void {
  if (pi.status !== 'requires_capture') throw unexpectedState(pi, 'capture', ['requires_capture']);
  const captured = amount ?? pi.amount_capturable;
  if (captured > pi.amount_capturable || captured <= 0) {
    throw invalidRequest(`The amount to capture must be between 1 and ${pi.amount_capturable}.`, { param: 'amount_to_capture' });
  }
  pi.amount_capturable = 0;
  succeed(ctx, pi, captured);
}

function succeed(ctx: HandlerContext, pi: Stripe.PaymentIntent, amount: number): void {
  pi.status = 'succeeded';
  pi.amount_received = amount;
  emitEvent(ctx, 'payment_intent.succeeded', present(ctx.state, 'payment_intent', pi));
}

const CANCELABLE = ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action', 'processing'] as const;

export function cancelPayment(ctx: HandlerContext, pi: Stripe.PaymentIntent, reason: Stripe.PaymentIntent.CancellationReason | null): void {
  if (!(CANCELABLE as readonly string[]).includes(pi.status)) throw unexpectedState(pi, 'cancel', CANCELABLE);
  pi.status = 'canceled';
  pi.canceled_at = ctx.state.clock.now();
  pi.cancellation_reason = reason;
  pi.amount_capturable = 0;
  emitEvent(ctx, 'payment_intent.canceled', present(ctx.state, 'payment_intent', pi));
}
