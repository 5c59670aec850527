import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, invalidRequest, resourceMissing } from '../errors';
import { emitEvent } from '../events';
import { ids } from '../ids';
import { createdShape, inRange, listShape, paginate } from '../pagination';
import { expand, int, mergeMetadata, metadata, oneOf, parseParams, str } from '../params';
import { present, presentList } from '../render';

/**
 * Credit notes on finalized invoices, by amount. On a paid invoice the credit must be matched by
 * what is given back (`out_of_band_amount`: cash from the till; `credit_amount`: the customer's
 * balance), as Stripe requires; refunds through a credit note are not emulated (refund the
 * PaymentIntent instead).
 */
const createSchema = z.strictObject({
  invoice: str(),
  amount: int(1),
  out_of_band_amount: int(0).optional(),
  credit_amount: int(0).optional(),
  refund_amount: int(0).optional(),
  reason: oneOf(['duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory']).optional(),
  memo: z.string().max(5000).optional(),
  metadata: metadata().optional(),
  expand: expand(),
});
const listSchema = z.strictObject({ ...listShape, ...createdShape, invoice: z.string().optional(), customer: z.string().optional() });
const retrieveSchema = z.strictObject({ expand: expand() });

function create(ctx: HandlerContext): Stripe.CreditNote {
  const p = parseParams(createSchema, ctx.params);
  if (p.refund_amount) throw invalidParam('Refunds through credit notes are not supported by the emulator; refund the PaymentIntent.', 'refund_amount');
  const invoice = ctx.state.store.table('invoice').get(p.invoice);
  if (!invoice) throw resourceMissing('invoice', p.invoice, 'invoice');
  if (invoice.status !== 'paid' && invoice.status !== 'open') throw invalidRequest(`Credit notes can only be issued on open or paid invoices; this one is ${invoice.status}.`, { param: 'invoice' });
  const credited = invoice.post_payment_credit_notes_amount + invoice.pre_payment_credit_notes_amount;
  if (p.amount > invoice.total - credited) throw invalidRequest(`The credit note amount (${p.amount}) is greater than what is left to credit on the invoice (${invoice.total - credited}).`, { param: 'amount' });
  const postPayment = invoice.status === 'paid';
  const given = (p.out_of_band_amount ?? 0) + (p.credit_amount ?? 0);
  if (postPayment && given !== p.amount) {
    throw invalidRequest('The sum of credit amount, refund amount and out of band amount must equal the credit note amount.', { param: 'out_of_band_amount' });
  }
  if (postPayment) invoice.post_payment_credit_notes_amount += p.amount;
  else {
    invoice.pre_payment_credit_notes_amount += p.amount;
    invoice.amount_remaining = Math.max(0, invoice.amount_remaining - p.amount);
  }
  const note = creditNote(ctx, invoice, p, postPayment);
  ctx.state.store.table('credit_note').insert(note, note.created);
  emitEvent(ctx, 'credit_note.created', present(ctx.state, 'credit_note', note));
  return present(ctx.state, 'credit_note', note, p.expand);
}

function creditNote(ctx: HandlerContext, invoice: Stripe.Invoice, p: z.output<typeof createSchema>, postPayment: boolean): Stripe.CreditNote {
  const now = ctx.state.clock.now();
  const count = ctx.state.store.table('credit_note').all().filter((n) => n.invoice === invoice.id).length;
  return {
    id: ids.creditNote(),
    object: 'credit_note',
    amount: p.amount,
    amount_shipping: 0,
    created: now,
    currency: invoice.currency,
    customer: invoice.customer as string,
    customer_account: null,
    customer_balance_transaction: null,
    discount_amount: 0,
    discount_amounts: [],
    effective_at: now,
    invoice: invoice.id,
    lines: { object: 'list', data: [], has_more: false, url: `/v1/credit_notes/${invoice.id}/lines` },
    livemode: false,
    memo: p.memo ?? null,
    metadata: mergeMetadata({}, p.metadata),
    number: `${invoice.number ?? invoice.id}-CN-${String(count + 1).padStart(2, '0')}`,
    out_of_band_amount: p.out_of_band_amount ?? null,
    pdf: `${ctx.state.baseUrl}/pages/credit_notes/${invoice.id}`,
    post_payment_amount: postPayment ? p.amount : 0,
    pre_payment_amount: postPayment ? 0 : p.amount,
    pretax_credit_amounts: [],
    reason: p.reason ?? null,
    refunds: [],
    shipping_cost: null,
    status: 'issued',
    subtotal: p.amount,
    subtotal_excluding_tax: p.amount,
    total: p.amount,
    total_excluding_tax: p.amount,
    total_taxes: [],
    type: postPayment ? 'post_payment' : 'pre_payment',
    voided_at: null,
  } as Stripe.CreditNote;
}

function retrieve(ctx: HandlerContext): Stripe.CreditNote {
  const p = parseParams(retrieveSchema, ctx.params);
  const id = pathParam(ctx, 'id');
  const note = ctx.state.store.table('credit_note').get(id);
  if (!note) throw resourceMissing('credit_note', id);
  return present(ctx.state, 'credit_note', note, p.expand);
}

function list(ctx: HandlerContext): Stripe.ApiList<Stripe.CreditNote> {
  const p = parseParams(listSchema, ctx.params);
  const ordered = ctx.state.store.table('credit_note').all();
  const matching = ordered.filter((n) => (p.invoice === undefined || n.invoice === p.invoice) && (p.customer === undefined || n.customer === p.customer) && inRange(n.created, p.created));
  return presentList(ctx.state, 'credit_note', paginate(matching, ordered, p, '/v1/credit_notes', 'credit_note'), p.expand);
}

export const creditNoteRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/credit_notes', handler: create },
  { method: 'GET', pattern: '/v1/credit_notes', handler: list },
  { method: 'GET', pattern: '/v1/credit_notes/:id', handler: retrieve },
];
