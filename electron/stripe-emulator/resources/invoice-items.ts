import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, invalidRequest, resourceMissing } from '../errors';
import { emitEvent } from '../events';
import { ids } from '../ids';
import { recalculate } from '../invoice-model';
import { createdShape, inRange, listShape, paginate } from '../pagination';
import { array, bool, currency, decimal, emptyableStr, expand, int, mergeMetadata, metadata, parseParams, str } from '../params';
import { present, presentList } from '../render';
import { requireCustomer } from './customers';
import { requireDraft, requireInvoice } from './invoices';

/**
 * Invoice items (basil and later: `amount` or `pricing`/`price_data` or `unit_amount_decimal`,
 * no `unit_amount`). An item without `invoice` stays pending and is only pulled into an invoice
 * created with `pending_invoice_items_behavior: 'include'`.
 */
const createSchema = z.strictObject({
  customer: str().optional(),
  amount: int(-99_999_999, 99_999_999).optional(),
  currency: currency().optional(),
  description: emptyableStr().optional(),
  discountable: bool().optional(),
  invoice: str().optional(),
  metadata: metadata().optional(),
  period: z.strictObject({ start: int(), end: int() }).optional(),
  price_data: z.strictObject({ currency: currency(), product: str(), unit_amount: int().optional(), unit_amount_decimal: decimal().optional(), tax_behavior: str().optional() }).optional(),
  pricing: z.strictObject({ price: str().optional() }).optional(),
  quantity: int(1).optional(),
  unit_amount_decimal: decimal().optional(),
  tax_rates: array(z.string()).optional(),
  expand: expand(),
});
const listSchema = z.strictObject({ ...listShape, ...createdShape, customer: z.string().optional(), invoice: z.string().optional(), pending: bool().optional() });
const retrieveSchema = z.strictObject({ expand: expand() });

/** Decimals travel as strings; stripe-node's types brand them. */
function wireDecimal(value: number): Stripe.InvoiceItem['quantity_decimal'] {
  return String(value) as unknown as Stripe.InvoiceItem['quantity_decimal'];
}

function amountOf(p: z.output<typeof createSchema>): number {
  if (p.price_data) throw resourceMissing('product', p.price_data.product, 'price_data[product]');
  if (p.pricing?.price !== undefined) throw resourceMissing('price', p.pricing.price, 'pricing[price]');
  if ((p.amount === undefined) === (p.unit_amount_decimal === undefined)) {
    throw invalidParam('You must pass exactly one of amount, unit_amount_decimal, price_data or pricing.', 'amount');
  }
  if (p.amount !== undefined) return p.amount;
  return Math.round((p.unit_amount_decimal ?? 0) * (p.quantity ?? 1));
}

function create(ctx: HandlerContext): Stripe.InvoiceItem {
  const p = parseParams(createSchema, ctx.params);
  if (p.customer === undefined) throw invalidParam('Missing required param: customer.', 'customer', 'parameter_missing');
  const customer = requireCustomer(ctx, p.customer, 'customer');
  const invoice = p.invoice === undefined ? null : requireInvoice(ctx, p.invoice, 'invoice');
  if (invoice) {
    requireDraft(invoice, 'add items to');
    if (invoice.customer !== customer.id) throw invalidParam('The invoice belongs to a different customer.', 'invoice');
  }
  const amount = amountOf(p);
  const itemCurrency = p.currency ?? invoice?.currency ?? customer.currency;
  if (!itemCurrency) throw invalidParam('Missing required param: currency.', 'currency', 'parameter_missing');
  if (invoice && itemCurrency !== invoice.currency) {
    throw invalidRequest(`The currency of the invoice item (${itemCurrency}) must match the invoice's currency (${invoice.currency}).`, { param: 'currency' });
  }
  const item = addInvoiceItem(ctx, {
    customer: customer.id,
    invoice,
    amount,
    currency: itemCurrency,
    description: p.description ?? null,
    discountable: p.discountable,
    metadata: mergeMetadata({}, p.metadata),
    period: p.period,
    quantity: p.amount !== undefined ? 1 : (p.quantity ?? 1),
    unitAmountDecimal: p.unit_amount_decimal,
  });
  return present(ctx.state, 'invoiceitem', item, p.expand);
}

export interface NewInvoiceItem {
  customer: string;
  invoice: Stripe.Invoice | null;
  amount: number;
  currency: string;
  description: string | null;
  /** default: true, false for negative amounts */
  discountable: boolean | undefined;
  metadata: Record<string, string>;
  period: { start: number; end: number } | undefined;
  quantity: number;
  unitAmountDecimal: number | undefined;
}

/** Stores an item (on a draft, whose amounts it updates) and records `invoiceitem.created`. */
export function addInvoiceItem(ctx: HandlerContext, spec: NewInvoiceItem): Stripe.InvoiceItem {
  const now = ctx.state.clock.now();
  const item: Stripe.InvoiceItem = {
    id: ids.invoiceItem(),
    object: 'invoiceitem',
    amount: spec.amount,
    currency: spec.currency,
    customer: spec.customer,
    customer_account: null,
    date: now,
    description: spec.description,
    discountable: spec.discountable ?? spec.amount >= 0,
    discounts: [],
    invoice: spec.invoice?.id ?? null,
    livemode: false,
    metadata: spec.metadata,
    net_amount: spec.amount,
    parent: null,
    period: spec.period ?? { start: now, end: now },
    pricing: spec.unitAmountDecimal === undefined ? null : { type: 'price_details', unit_amount_decimal: wireDecimal(spec.unitAmountDecimal) },
    proration: false,
    quantity: spec.quantity,
    quantity_decimal: wireDecimal(spec.quantity),
    tax_rates: [],
    test_clock: null,
  };
  ctx.state.store.table('invoiceitem').insert(item, now);
  if (spec.invoice) recalculate(ctx.state, spec.invoice);
  emitEvent(ctx, 'invoiceitem.created', present(ctx.state, 'invoiceitem', item));
  return item;
}

function requireItem(ctx: HandlerContext): Stripe.InvoiceItem {
  const id = pathParam(ctx, 'id');
  const item = ctx.state.store.table('invoiceitem').get(id);
  if (!item) throw resourceMissing('invoiceitem', id);
  return item;
}

function retrieve(ctx: HandlerContext): Stripe.InvoiceItem {
  const p = parseParams(retrieveSchema, ctx.params);
  return present(ctx.state, 'invoiceitem', requireItem(ctx), p.expand);
}

function list(ctx: HandlerContext): Stripe.ApiList<Stripe.InvoiceItem> {
  const p = parseParams(listSchema, ctx.params);
  const ordered = ctx.state.store.table('invoiceitem').all();
  const matching = ordered.filter(
    (i) =>
      (p.customer === undefined || i.customer === p.customer) &&
      (p.invoice === undefined || i.invoice === p.invoice) &&
      (p.pending === undefined || (i.invoice === null) === p.pending) &&
      inRange(i.date, p.created),
  );
  return presentList(ctx.state, 'invoiceitem', paginate(matching, ordered, p, '/v1/invoiceitems', 'invoiceitem'), p.expand);
}

/** Pending items and items of draft invoices can be deleted. */
function remove(ctx: HandlerContext): Stripe.DeletedInvoiceItem {
  const item = requireItem(ctx);
  const invoice = typeof item.invoice === 'string' ? ctx.state.store.table('invoice').get(item.invoice) : undefined;
  if (invoice) requireDraft(invoice, 'remove items from');
  ctx.state.store.table('invoiceitem').delete(item.id);
  if (invoice) recalculate(ctx.state, invoice);
  emitEvent(ctx, 'invoiceitem.deleted', present(ctx.state, 'invoiceitem', item));
  return { id: item.id, object: 'invoiceitem', deleted: true };
}

export const invoiceItemRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/invoiceitems', handler: create },
  { method: 'GET', pattern: '/v1/invoiceitems', handler: list },
  { method: 'GET', pattern: '/v1/invoiceitems/:id', handler: retrieve },
  { method: 'DELETE', pattern: '/v1/invoiceitems/:id', handler: remove },
];
