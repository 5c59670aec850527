import type Stripe from 'stripe';
import { z } from 'zod';
import type { HandlerContext } from './context';
import { invalidParam, resourceMissing } from './errors';
import { newId } from './ids';
import { array, bool, currency, decimal, int, metadata, str } from './params';

/**
 * `line_items` of Checkout Sessions and Payment Links with inline `price_data` (a one-time Price
 * and, from `product_data`, a Product are made up on the spot). Stored Prices and Products are not
 * emulated: a `price` id or `price_data[product]` id is answered as missing.
 */
const priceData = z.strictObject({
  currency: currency(),
  product: str().optional(),
  product_data: z.strictObject({ name: str(), description: str().optional(), images: array(z.string()).optional(), metadata: metadata().optional(), tax_code: str().optional() }).optional(),
  unit_amount: int(0).optional(),
  unit_amount_decimal: decimal().optional(),
  tax_behavior: str().optional(),
});

export const lineItemsParam = (quantityRequired: boolean) =>
  array(
    z.strictObject({
      price: str().optional(),
      price_data: priceData.optional(),
      quantity: quantityRequired ? int(1) : int(1).optional(),
      adjustable_quantity: z.strictObject({ enabled: bool(), minimum: int().optional(), maximum: int().optional() }).optional(),
      metadata: metadata().optional(),
      tax_rates: array(z.string()).optional(),
    }),
    { max: 100 },
  );

type LineParam = z.output<ReturnType<typeof lineItemsParam>>[number];

export function buildLineItems(ctx: HandlerContext, lines: readonly LineParam[]): Stripe.LineItem[] {
  const now = ctx.state.clock.now();
  const items = lines.map((line, i): Stripe.LineItem => {
    if (line.price !== undefined) throw resourceMissing('price', line.price, `line_items[${i}][price]`);
    const data = line.price_data;
    if (!data) throw invalidParam(`Missing required param: line_items[${i}][price_data].`, `line_items[${i}][price_data]`, 'parameter_missing');
    if (data.product !== undefined) throw resourceMissing('product', data.product, `line_items[${i}][price_data][product]`);
    if (!data.product_data) throw invalidParam(`Missing required param: line_items[${i}][price_data][product_data].`, `line_items[${i}][price_data][product_data]`, 'parameter_missing');
    const unit = data.unit_amount ?? (data.unit_amount_decimal === undefined ? undefined : Math.round(data.unit_amount_decimal));
    if (unit === undefined) throw invalidParam(`Missing required param: line_items[${i}][price_data][unit_amount].`, `line_items[${i}][price_data][unit_amount]`, 'parameter_missing');
    const quantity = line.quantity ?? 1;
    const price = {
      id: newId('price'),
      object: 'price',
      active: false,
      billing_scheme: 'per_unit',
      created: now,
      currency: data.currency,
      custom_unit_amount: null,
      livemode: false,
      lookup_key: null,
      metadata: {},
      nickname: null,
      product: newId('prod', 14),
      recurring: null,
      tax_behavior: 'unspecified',
      tiers_mode: null,
      transform_quantity: null,
      type: 'one_time',
      unit_amount: unit,
      unit_amount_decimal: String(unit),
    } as unknown as Stripe.Price;
    return {
      id: newId('li'),
      object: 'item',
      adjustable_quantity: null,
      amount_discount: 0,
      amount_subtotal: unit * quantity,
      amount_tax: 0,
      amount_total: unit * quantity,
      currency: data.currency,
      description: data.product_data.name,
      metadata: line.metadata ?? {},
      price,
      quantity,
    };
  });
  const currencies = new Set(items.map((item) => item.currency));
  if (currencies.size > 1) throw invalidParam('All line items must have the same currency.', 'line_items');
  return items;
}
