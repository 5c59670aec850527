import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, invalidRequest, resourceMissing } from '../errors';
import { emitEvent } from '../events';
import { addInvoicePayment, creditPayment, paymentsOf, settleInvoice } from '../invoice-crediting';
import { bool, emptyableStr, expand, parseParams, str } from '../params';
import { confirmPayment } from '../payment-flow';
import { present } from '../render';
import { finalize } from './invoice-lifecycle';
import { requireInvoice } from './invoices';

const paySchema = z.strictObject({
  paid_out_of_band: bool().optional(),
  payment_method: str().optional(),
  forgive: bool().optional(),
  off_session: bool().optional(),
  source: str().optional(),
  mandate: emptyableStr().optional(),
  expand: expand(),
});
const attachSchema = z.strictObject({ payment_intent: str().optional(), payment_record: str().optional(), expand: expand() });

function requirePayable(invoice: Stripe.Invoice): void {
  if (invoice.status === 'paid') throw invalidRequest('Invoice is already paid.');
  if (invoice.status !== 'open') throw invalidRequest(`This invoice cannot be paid because it is ${invoice.status}.`);
}

/**
 * `pay`: a draft is finalized first. `paid_out_of_band` records money taken outside Stripe (cash:
 * `amount_paid_off_stripe`); otherwise the invoice's own PaymentIntent is confirmed with the given
 * (test) payment method, a decline answering 402 and counting an attempt.
 */
function pay(ctx: HandlerContext): Stripe.Invoice {
  const invoice = requireInvoice(ctx, pathParam(ctx, 'id'));
  const p = parseParams(paySchema, ctx.params);
  if (p.source !== undefined) throw invalidParam('Paying with a source is not supported by the emulator; use payment_method.', 'source');
  if (invoice.status === 'draft') finalize(ctx, invoice);
  else requirePayable(invoice);
  if (invoice.status === 'paid') return present(ctx.state, 'invoice', invoice, p.expand);
  if (p.paid_out_of_band) {
    invoice.amount_paid_off_stripe = (invoice.amount_paid_off_stripe ?? 0) + invoice.amount_remaining;
    invoice.amount_paid += invoice.amount_remaining;
    settleInvoice(ctx, invoice);
    return present(ctx.state, 'invoice', invoice, p.expand);
  }
  const customer = ctx.state.store.table('customer').get(invoice.customer as string);
  const method = p.payment_method ?? (invoice.default_payment_method as string | null) ?? (customer?.invoice_settings.default_payment_method as string | null) ?? undefined;
  if (method === undefined) {
    throw invalidRequest('This invoice cannot be paid: the customer has no default payment method and none was given. Pass payment_method or paid_out_of_band.', { param: 'payment_method' });
  }
  const payment = paymentsOf(ctx, invoice.id).find((pay) => pay.is_default && pay.status === 'open');
  const pi = payment && ctx.state.store.table('payment_intent').get(payment.payment.payment_intent as string);
  if (!pi) throw invalidRequest('This invoice has no open payment to confirm.');
  invoice.attempted = true;
  invoice.attempt_count += 1;
  try {
    confirmPayment(ctx, pi, method);
  } catch (error) {
    emitEvent(ctx, 'invoice.payment_failed', present(ctx.state, 'invoice', invoice));
    throw error;
  }
  creditPayment(ctx, pi);
  return present(ctx.state, 'invoice', invoice, p.expand);
}

/**
 * `attach_payment` (since 2025-05-28.basil): the PaymentIntent is credited when it succeeds, at
 * once if it already has. Any payment method type is accepted, `card_present` included (whether
 * Stripe accepts a Terminal payment here is unconfirmed).
 */
function attachPayment(ctx: HandlerContext): Stripe.Invoice {
  const invoice = requireInvoice(ctx, pathParam(ctx, 'id'));
  const p = parseParams(attachSchema, ctx.params);
  if (p.payment_record !== undefined) throw invalidParam('Payment records are not supported by the emulator; attach a payment_intent.', 'payment_record');
  if (p.payment_intent === undefined) throw invalidParam('Missing required param: payment_intent.', 'payment_intent', 'parameter_missing');
  if (invoice.status === 'draft') throw invalidRequest('Payments can only be attached to finalized invoices.', { param: 'payment_intent' });
  requirePayable(invoice);
  const pi = ctx.state.store.table('payment_intent').get(p.payment_intent);
  if (!pi) throw resourceMissing('payment_intent', p.payment_intent, 'payment_intent');
  if (pi.currency !== invoice.currency) throw invalidRequest(`The PaymentIntent's currency (${pi.currency}) must match the invoice's (${invoice.currency}).`, { param: 'payment_intent' });
  if (pi.status === 'canceled') throw invalidRequest('A canceled PaymentIntent cannot be attached to an invoice.', { param: 'payment_intent', code: 'payment_intent_unexpected_state' });
  if (paymentsOf(ctx, invoice.id).some((pay) => pay.payment.payment_intent === pi.id)) {
    throw invalidRequest('This PaymentIntent is already attached to this invoice.', { param: 'payment_intent' });
  }
  addInvoicePayment(ctx, invoice, pi, false);
  creditPayment(ctx, pi);
  return present(ctx.state, 'invoice', invoice, p.expand);
}

export const invoicePaymentRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/invoices/:id/pay', handler: pay },
  { method: 'POST', pattern: '/v1/invoices/:id/attach_payment', handler: attachPayment },
];
