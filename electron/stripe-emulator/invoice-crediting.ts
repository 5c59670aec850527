import type Stripe from 'stripe';
import type { HandlerContext } from './context';
import { emitEvent } from './events';
import { ids } from './ids';
import { cancelPayment } from './payment-flow';
import { present } from './render';

/**
 * How payments reach invoices: each PaymentIntent attached to an invoice is an InvoicePayment;
 * it is credited once the PaymentIntent has succeeded (at once if it already has), and the
 * invoice turns `paid` when nothing remains. The finalization's own PaymentIntent is the
 * default InvoicePayment, canceled when the invoice is settled otherwise or voided.
 */
export function addInvoicePayment(ctx: HandlerContext, invoice: Stripe.Invoice, pi: Stripe.PaymentIntent, isDefault: boolean): Stripe.InvoicePayment {
  const now = ctx.state.clock.now();
  const payment: Stripe.InvoicePayment = {
    id: ids.invoicePayment(),
    object: 'invoice_payment',
    amount_paid: null,
    amount_requested: Math.min(pi.amount, invoice.amount_remaining),
    created: now,
    currency: invoice.currency,
    invoice: invoice.id,
    is_default: isDefault,
    livemode: false,
    payment: { payment_intent: pi.id, type: 'payment_intent' },
    status: 'open',
    status_transitions: { canceled_at: null, paid_at: null },
  };
  ctx.state.store.table('invoice_payment').insert(payment, now);
  return payment;
}

export function paymentsOf(ctx: HandlerContext, invoiceId: string): Stripe.InvoicePayment[] {
  return ctx.state.store.table('invoice_payment').all().filter((p) => p.invoice === invoiceId);
}

/** Credits a succeeded PaymentIntent to every open invoice it is attached to, in attachment order. */
export function creditPayment(ctx: HandlerContext, pi: Stripe.PaymentIntent): void {
  if (pi.status !== 'succeeded') return;
  const payments = ctx.state.store.table('invoice_payment').all().reverse();
  let available = pi.amount_received - payments.filter((p) => p.payment.payment_intent === pi.id).reduce((sum, p) => sum + (p.amount_paid ?? 0), 0);
  for (const payment of payments) {
    if (payment.payment.payment_intent !== pi.id || payment.status !== 'open') continue;
    const invoice = ctx.state.store.table('invoice').get(payment.invoice as string);
    if (!invoice || invoice.status !== 'open') continue;
    const amount = Math.min(available, invoice.amount_remaining);
    available -= amount;
    payment.amount_paid = amount;
    payment.status = 'paid';
    payment.status_transitions.paid_at = ctx.state.clock.now();
    invoice.amount_paid += amount;
    invoice.amount_remaining -= amount;
    emitEvent(ctx, 'invoice_payment.paid', present(ctx.state, 'invoice_payment', payment));
    if (invoice.amount_remaining === 0) {
      emitEvent(ctx, 'invoice.payment_succeeded', present(ctx.state, 'invoice', invoice));
      settleInvoice(ctx, invoice);
    }
  }
}

/** Marks an invoice paid and cancels the payments that are no longer needed. */
export function settleInvoice(ctx: HandlerContext, invoice: Stripe.Invoice): void {
  invoice.status = 'paid';
  invoice.amount_remaining = 0;
  invoice.status_transitions.paid_at = ctx.state.clock.now();
  cancelOpenPayments(ctx, invoice, null);
  emitEvent(ctx, 'invoice.paid', present(ctx.state, 'invoice', invoice));
}

export function cancelOpenPayments(ctx: HandlerContext, invoice: Stripe.Invoice, reason: Stripe.PaymentIntent.CancellationReason | null): void {
  for (const payment of paymentsOf(ctx, invoice.id)) {
    if (payment.status !== 'open') continue;
    payment.status = 'canceled';
    payment.status_transitions.canceled_at = ctx.state.clock.now();
    if (!payment.is_default) continue;
    const pi = ctx.state.store.table('payment_intent').get(payment.payment.payment_intent as string);
    if (pi && pi.status !== 'canceled' && pi.status !== 'succeeded') cancelPayment(ctx, pi, reason);
  }
}
