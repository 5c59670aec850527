import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, resourceMissing } from '../errors';
import { computeInvoice, recalculate } from '../invoice-model';
import { listShape, paginate } from '../pagination';
import { array, bool, currency, decimal, expand, int, mergeMetadata, metadata, parseParams, str } from '../params';
import { present } from '../render';
import { addInvoiceItem } from './invoice-items';
import { requireDraft, requireInvoice } from './invoices';

/**
 * A draft's lines: `add_lines` adds one-off lines (as invoice items, or by pulling in a pending
 * item), `GET …/lines` lists them all (the invoice's `lines` field shows the first ten).
 */
const line = z.strictObject({
  amount: int(-99_999_999, 99_999_999).optional(),
  description: str().optional(),
  discountable: bool().optional(),
  discounts: array(z.strictObject({ coupon: str().optional(), discount: str().optional(), promotion_code: str().optional() }), { emptyable: true }).optional(),
  invoice_item: str().optional(),
  metadata: metadata().optional(),
  period: z.strictObject({ start: int(), end: int() }).optional(),
  price_data: z
    .strictObject({
      currency: currency(),
      product: str().optional(),
      product_data: z.strictObject({ name: str(), description: str().optional(), metadata: metadata().optional() }).optional(),
      unit_amount: int().optional(),
      unit_amount_decimal: decimal().optional(),
      tax_behavior: str().optional(),
    })
    .optional(),
  pricing: z.strictObject({ price: str().optional() }).optional(),
  quantity: int(1).optional(),
});
const addSchema = z.strictObject({ lines: array(line, { max: 50 }), invoice_metadata: metadata().optional(), expand: expand() });
const listSchema = z.strictObject(listShape);

type LineParam = z.output<typeof line>;

function addLine(ctx: HandlerContext, invoice: Stripe.Invoice, p: LineParam, i: number): void {
  const at = (...fields: string[]) => `lines[${i}]${fields.map((f) => `[${f}]`).join('')}`;
  if (p.discounts?.length) throw invalidParam('Line-item discounts are not supported by the emulator; discount the invoice.', at('discounts'));
  if (p.pricing?.price !== undefined) throw resourceMissing('price', p.pricing.price, at('pricing', 'price'));
  if (p.invoice_item !== undefined) {
    const item = ctx.state.store.table('invoiceitem').get(p.invoice_item);
    if (!item) throw resourceMissing('invoiceitem', p.invoice_item, at('invoice_item'));
    if (item.invoice !== null || item.customer !== invoice.customer) throw invalidParam('Only a pending invoice item of the same customer can be added.', at('invoice_item'));
    item.invoice = invoice.id;
    return;
  }
  const data = p.price_data;
  if (data?.product !== undefined) throw resourceMissing('product', data.product, at('price_data', 'product'));
  const quantity = p.quantity ?? 1;
  const unit = data?.unit_amount ?? data?.unit_amount_decimal;
  const amount = data ? Math.round((unit ?? 0) * quantity) : p.amount;
  if (amount === undefined) throw invalidParam(`Missing required param: ${at('amount')}.`, at('amount'), 'parameter_missing');
  if (data && data.currency !== invoice.currency) throw invalidParam("The line's currency must match the invoice's.", at('price_data', 'currency'));
  addInvoiceItem(ctx, {
    customer: invoice.customer as string,
    invoice,
    amount,
    currency: invoice.currency,
    description: p.description ?? data?.product_data?.name ?? null,
    discountable: p.discountable,
    metadata: mergeMetadata({}, p.metadata),
    period: p.period,
    quantity: data ? quantity : 1,
    unitAmountDecimal: data ? unit : undefined,
  });
}

function addLines(ctx: HandlerContext): Stripe.Invoice {
  const invoice = requireInvoice(ctx, pathParam(ctx, 'id'));
  const p = parseParams(addSchema, ctx.params);
  requireDraft(invoice, 'add lines to');
  p.lines.forEach((entry, i) => addLine(ctx, invoice, entry, i));
  invoice.metadata = mergeMetadata(invoice.metadata ?? {}, p.invoice_metadata);
  recalculate(ctx.state, invoice);
  return present(ctx.state, 'invoice', invoice, p.expand);
}

function lines(ctx: HandlerContext): Stripe.ApiList<Stripe.InvoiceLineItem> {
  const invoice = requireInvoice(ctx, pathParam(ctx, 'id'));
  const p = parseParams(listSchema, ctx.params);
  const all = computeInvoice(ctx.state, invoice).lines;
  return paginate(all, all, p, `/v1/invoices/${invoice.id}/lines`, 'line item');
}

export const invoiceLineRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/invoices/:id/add_lines', handler: addLines },
  { method: 'GET', pattern: '/v1/invoices/:id/lines', handler: lines },
];
