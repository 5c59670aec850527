import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidRequest, type StripeApiError } from '../errors';
import { emitEvent } from '../events';
import { addInvoicePayment, cancelOpenPayments, settleInvoice } from '../invoice-crediting';
import { countRedemptions, finalizationRefusal } from '../invoice-discounts';
import { recalculate } from '../invoice-model';
import { minimumCharge } from '../money';
import { bool, expand, parseParams } from '../params';
import { newPaymentIntent } from '../payment-intent-model';
import { present } from '../render';
import { requireInvoice } from './invoices';

const finalizeSchema = z.strictObject({ auto_advance: bool().optional(), expand: expand() });
const voidSchema = z.strictObject({ expand: expand() });

/**
 * Finalizing locks the amounts, judges the promotion codes again (now with the subtotal), counts
 * their redemptions, applies the customer's balance and the minimum charge, and opens the invoice
 * with a hosted page and a default payment. An invoice with nothing due is paid at once.
 */
export function finalize(ctx: HandlerContext, invoice: Stripe.Invoice, autoAdvance?: boolean): void {
  if (invoice.status !== 'draft') throw invalidRequest("This invoice is already finalized, you can't re-finalize a non-draft invoice.");
  recalculate(ctx.state, invoice);
  const refusal = finalizationRefusal(ctx, invoice);
  if (refusal) {
    invoice.last_finalization_error = lastError(refusal);
    emitEvent(ctx, 'invoice.finalization_failed', present(ctx.state, 'invoice', invoice));
    throw refusal;
  }
  const { store, clock, baseUrl } = ctx.state;
  const now = clock.now();
  const customer = store.table('customer').get(invoice.customer as string);
  applyBalance(invoice, customer);
  invoice.status = 'open';
  invoice.status_transitions.finalized_at = now;
  invoice.effective_at = now;
  invoice.last_finalization_error = null;
  if (autoAdvance !== undefined) invoice.auto_advance = autoAdvance;
  if (customer) {
    invoice.number = `${customer.invoice_prefix}-${String(customer.next_invoice_sequence ?? 1).padStart(4, '0')}`;
    customer.next_invoice_sequence = (customer.next_invoice_sequence ?? 1) + 1;
  }
  invoice.hosted_invoice_url = `${baseUrl}/i/${invoice.id}`;
  invoice.invoice_pdf = `${baseUrl}/i/${invoice.id}/pdf`;
  countRedemptions(ctx, invoice, 1);
  if (invoice.amount_due > 0) {
    const pi = newPaymentIntent(ctx.state, {
      amount: invoice.amount_due,
      currency: invoice.currency,
      customer: invoice.customer as string,
      allowedTypes: invoice.payment_settings.payment_method_types ?? ['card'],
      captureMethod: 'automatic',
      description: `Payment for Invoice ${invoice.number ?? invoice.id}`,
      metadata: {},
      receiptEmail: null,
      statementDescriptor: invoice.statement_descriptor,
    });
    store.table('payment_intent').insert(pi, now);
    addInvoicePayment(ctx, invoice, pi, true);
  }
  emitEvent(ctx, 'invoice.finalized', present(ctx.state, 'invoice', invoice));
  if (invoice.amount_due === 0) settleInvoice(ctx, invoice);
}

/** The customer's balance joins the amount due; a due amount below the minimum charge is carried over. */
function applyBalance(invoice: Stripe.Invoice, customer: Stripe.Customer | undefined): void {
  const starting = customer?.balance ?? 0;
  const due = invoice.total + starting;
  const carried = due < minimumCharge(invoice.currency) ? due : 0;
  invoice.starting_balance = starting;
  invoice.ending_balance = carried;
  invoice.amount_due = due - carried;
  invoice.amount_remaining = invoice.amount_due;
  if (customer) customer.balance = carried;
}

function lastError(error: StripeApiError): Stripe.Invoice.LastFinalizationError {
  const { type, code, message, param } = error.fields;
  return {
    type: type as Stripe.Invoice.LastFinalizationError.Type,
    message,
    ...(param !== undefined && { param }),
    ...(code !== undefined && { code: code as Stripe.Invoice.LastFinalizationError.Code, doc_url: `https://docs.stripe.com/error-codes/${code.replaceAll('_', '-')}` }),
  };
}

function finalizeRoute(ctx: HandlerContext): Stripe.Invoice {
  const invoice = requireInvoice(ctx, pathParam(ctx, 'id'));
  const p = parseParams(finalizeSchema, ctx.params);
  finalize(ctx, invoice, p.auto_advance);
  return present(ctx.state, 'invoice', invoice, p.expand);
}

/** Voiding releases the invoice's redemptions and cancels its pending payments. */
function voidRoute(ctx: HandlerContext): Stripe.Invoice {
  const invoice = requireInvoice(ctx, pathParam(ctx, 'id'));
  const p = parseParams(voidSchema, ctx.params);
  if (invoice.status !== 'open' && invoice.status !== 'uncollectible') {
    throw invalidRequest(`You can only void an open or uncollectible invoice; this invoice is ${invoice.status}.`);
  }
  invoice.status = 'void';
  invoice.status_transitions.voided_at = ctx.state.clock.now();
  invoice.amount_remaining = 0;
  countRedemptions(ctx, invoice, -1);
  cancelOpenPayments(ctx, invoice, 'void_invoice');
  emitEvent(ctx, 'invoice.voided', present(ctx.state, 'invoice', invoice));
  return present(ctx.state, 'invoice', invoice, p.expand);
}

export const invoiceLifecycleRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/invoices/:id/finalize', handler: finalizeRoute },
  { method: 'POST', pattern: '/v1/invoices/:id/void', handler: voidRoute },
];
