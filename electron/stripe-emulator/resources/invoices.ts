import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, invalidRequest, resourceMissing } from '../errors';
import { changedFields, emitEvent } from '../events';
import { ids } from '../ids';
import { attachDiscounts, discountsParam } from '../invoice-discounts';
import { invoiceItemsOf, newInvoice, recalculate } from '../invoice-model';
import { createdShape, inRange, listShape, paginate } from '../pagination';
import { array, bool, currency, emptyableStr, expand, int, mergeMetadata, metadata, oneOf, parseParams, str } from '../params';
import { present, presentList } from '../render';
import { requireCustomer } from './customers';

/** Invoice payment method types of the pinned version: `card_present` is not one of them. */
const PAYMENT_METHOD_TYPES = ['ach_credit_transfer', 'ach_debit', 'acss_debit', 'bancontact', 'card', 'customer_balance', 'eps', 'ideal', 'konbini', 'link', 'p24', 'paypal', 'sepa_debit', 'sofort', 'us_bank_account'] as const;

const common = {
  auto_advance: bool().optional(),
  collection_method: oneOf(['charge_automatically', 'send_invoice']).optional(),
  days_until_due: int(0).optional(),
  due_date: int().optional(),
  default_payment_method: str().optional(),
  description: emptyableStr().optional(),
  footer: emptyableStr().optional(),
  metadata: metadata().optional(),
  statement_descriptor: str(22).optional(),
  discounts: discountsParam().optional(),
  payment_settings: z.strictObject({ payment_method_types: array(oneOf(PAYMENT_METHOD_TYPES), { emptyable: true }).optional() }).optional(),
  automatic_tax: z.strictObject({ enabled: bool() }).optional(),
  expand: expand(),
};
const createSchema = z.strictObject({
  ...common,
  customer: str().optional(),
  currency: currency().optional(),
  pending_invoice_items_behavior: oneOf(['exclude', 'include']).optional(),
});
const updateSchema = z.strictObject(common);
const listSchema = z.strictObject({
  ...listShape,
  ...createdShape,
  customer: z.string().optional(),
  status: oneOf(['draft', 'open', 'paid', 'uncollectible', 'void']).optional(),
  collection_method: oneOf(['charge_automatically', 'send_invoice']).optional(),
});
const retrieveSchema = z.strictObject({ expand: expand() });

export function requireInvoice(ctx: HandlerContext, id: string, param = 'id'): Stripe.Invoice {
  const invoice = ctx.state.store.table('invoice').get(id);
  if (!invoice) throw resourceMissing('invoice', id, param);
  return invoice;
}

export function requireDraft(invoice: Stripe.Invoice, action: string): void {
  if (invoice.status !== 'draft') throw invalidRequest(`You can only ${action} a draft invoice; this invoice is ${invoice.status}.`, { code: 'invoice_not_editable' });
}

function dueDateOf(ctx: HandlerContext, method: string, p: { days_until_due?: number | undefined; due_date?: number | undefined }): number | null {
  if (method !== 'send_invoice') {
    if (p.days_until_due !== undefined || p.due_date !== undefined) throw invalidParam('Invoices with collection_method charge_automatically cannot have a due date.', p.due_date !== undefined ? 'due_date' : 'days_until_due');
    return null;
  }
  if (p.due_date !== undefined) return p.due_date;
  if (p.days_until_due === undefined) throw invalidParam('Missing required param: days_until_due (or due_date) for send_invoice invoices.', 'days_until_due', 'parameter_missing');
  return ctx.state.clock.now() + p.days_until_due * 86_400;
}

function create(ctx: HandlerContext): Stripe.Invoice {
  const p = parseParams(createSchema, ctx.params);
  if (p.customer === undefined) throw invalidParam('Missing required param: customer.', 'customer', 'parameter_missing');
  const customer = requireCustomer(ctx, p.customer, 'customer');
  const collectionMethod = p.collection_method ?? 'charge_automatically';
  const invoice = newInvoice(ctx.state, {
    id: ids.invoice(),
    customer,
    currency: p.currency ?? customer.currency ?? 'usd',
    collectionMethod,
    dueDate: dueDateOf(ctx, collectionMethod, p),
    autoAdvance: p.auto_advance ?? false,
    description: p.description ?? null,
    footer: p.footer ?? null,
    metadata: mergeMetadata({}, p.metadata),
    paymentMethodTypes: p.payment_settings?.payment_method_types?.length ? p.payment_settings.payment_method_types : null,
    defaultPaymentMethod: p.default_payment_method ?? null,
    statementDescriptor: p.statement_descriptor ?? null,
  });
  // Omitted discounts would inherit the customer's discount; emulated customers never have one.
  attachDiscounts(ctx, invoice, p.discounts ?? []);
  ctx.state.store.table('invoice').insert(invoice, invoice.created);
  if (p.pending_invoice_items_behavior === 'include') {
    for (const item of ctx.state.store.table('invoiceitem').all()) {
      if (item.customer === customer.id && item.invoice === null && item.currency === invoice.currency) item.invoice = invoice.id;
    }
  }
  recalculate(ctx.state, invoice);
  emitEvent(ctx, 'invoice.created', present(ctx.state, 'invoice', invoice));
  return present(ctx.state, 'invoice', invoice, p.expand);
}

function update(ctx: HandlerContext): Stripe.Invoice {
  const invoice = requireInvoice(ctx, pathParam(ctx, 'id'));
  const p = parseParams(updateSchema, ctx.params);
  const draftOnly = (['collection_method', 'days_until_due', 'due_date', 'discounts', 'payment_settings', 'automatic_tax'] as const).find((k) => p[k] !== undefined);
  if (draftOnly && invoice.status !== 'draft') throw invalidRequest(`You can only update ${draftOnly} on a draft invoice.`, { param: draftOnly, code: 'invoice_not_editable' });
  if (invoice.status === 'void' || invoice.status === 'paid') throw invalidRequest(`This invoice is ${invoice.status} and can no longer be updated.`, { code: 'invoice_not_editable' });
  const before = present(ctx.state, 'invoice', invoice);
  if (p.collection_method !== undefined || p.days_until_due !== undefined || p.due_date !== undefined) {
    const method = p.collection_method ?? invoice.collection_method;
    invoice.due_date = dueDateOf(ctx, method, p);
    invoice.collection_method = method;
  }
  if (p.auto_advance !== undefined) invoice.auto_advance = p.auto_advance;
  if (p.description !== undefined) invoice.description = p.description;
  if (p.footer !== undefined) invoice.footer = p.footer;
  if (p.statement_descriptor !== undefined) invoice.statement_descriptor = p.statement_descriptor;
  if (p.default_payment_method !== undefined) invoice.default_payment_method = p.default_payment_method;
  if (p.payment_settings?.payment_method_types !== undefined) {
    const types = p.payment_settings.payment_method_types;
    invoice.payment_settings.payment_method_types = types.length > 0 ? types : null;
  }
  invoice.metadata = mergeMetadata(invoice.metadata ?? {}, p.metadata);
  if (p.discounts !== undefined) attachDiscounts(ctx, invoice, p.discounts);
  if (invoice.status === 'draft') recalculate(ctx.state, invoice);
  const after = present(ctx.state, 'invoice', invoice);
  const previous = changedFields(before, after);
  if (Object.keys(previous).length > 0) emitEvent(ctx, 'invoice.updated', after, previous);
  return present(ctx.state, 'invoice', invoice, p.expand);
}

function retrieve(ctx: HandlerContext): Stripe.Invoice {
  const p = parseParams(retrieveSchema, ctx.params);
  return present(ctx.state, 'invoice', requireInvoice(ctx, pathParam(ctx, 'id')), p.expand);
}

function list(ctx: HandlerContext): Stripe.ApiList<Stripe.Invoice> {
  const p = parseParams(listSchema, ctx.params);
  const ordered = ctx.state.store.table('invoice').all();
  const matching = ordered.filter(
    (i) =>
      (p.customer === undefined || i.customer === p.customer) &&
      (p.status === undefined || i.status === p.status) &&
      (p.collection_method === undefined || i.collection_method === p.collection_method) &&
      inRange(i.created, p.created),
  );
  return presentList(ctx.state, 'invoice', paginate(matching, ordered, p, '/v1/invoices', 'invoice'), p.expand);
}

/** Only drafts can be deleted; their items go with them. */
function remove(ctx: HandlerContext): Stripe.DeletedInvoice {
  const invoice = requireInvoice(ctx, pathParam(ctx, 'id'));
  requireDraft(invoice, 'delete');
  const { store } = ctx.state;
  for (const item of invoiceItemsOf(ctx.state, invoice.id)) store.table('invoiceitem').delete(item.id);
  for (const ref of invoice.discounts) store.table('discount').delete(typeof ref === 'string' ? ref : ref.id);
  store.table('invoice').delete(invoice.id);
  emitEvent(ctx, 'invoice.deleted', present(ctx.state, 'invoice', invoice));
  return { id: invoice.id, object: 'invoice', deleted: true };
}

export const invoiceRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/invoices', handler: create },
  { method: 'GET', pattern: '/v1/invoices', handler: list },
  { method: 'GET', pattern: '/v1/invoices/:id', handler: retrieve },
  { method: 'POST', pattern: '/v1/invoices/:id', handler: update },
  { method: 'DELETE', pattern: '/v1/invoices/:id', handler: remove },
];
