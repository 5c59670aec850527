import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, resourceMissing } from '../errors';
import { changedFields, emitEvent } from '../events';
import { ids } from '../ids';
import { createdShape, inRange, listShape, paginate } from '../pagination';
import { array, emptyableStr, expand, int, mergeMetadata, metadata, parseParams, str } from '../params';
import { present, presentList } from '../render';

const address = z.union([
  z.literal('').transform(() => null),
  z.strictObject({ city: str().optional(), country: str().optional(), line1: str().optional(), line2: str().optional(), postal_code: str().optional(), state: str().optional() }),
]);

const fields = {
  name: emptyableStr(256).optional(),
  email: emptyableStr(512).optional(),
  phone: emptyableStr(20).optional(),
  description: emptyableStr(350).optional(),
  metadata: metadata().optional(),
  address: address.optional(),
  preferred_locales: array(z.string(), { emptyable: true }).optional(),
  balance: int().optional(),
  expand: expand(),
};
const createSchema = z.strictObject({ ...fields, invoice_prefix: str(12).optional() });
const updateSchema = z.strictObject(fields);
const listSchema = z.strictObject({ ...listShape, ...createdShape, email: z.string().optional() });
const retrieveSchema = z.strictObject({ expand: expand() });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkEmail(email: string | null | undefined): void {
  if (email && !EMAIL.test(email)) throw invalidParam(`Invalid email address: ${email}`, 'email', 'email_invalid');
}

/** A customer by id, for handlers of other resources; deleted customers count as missing. */
export function requireCustomer(ctx: HandlerContext, id: string, param: string): Stripe.Customer {
  const customer = ctx.state.store.table('customer').get(id);
  if (!customer || ctx.state.store.deletedCustomers.has(id)) throw resourceMissing('customer', id, param);
  return customer;
}

function create(ctx: HandlerContext): Stripe.Customer {
  const p = parseParams(createSchema, ctx.params);
  checkEmail(p.email);
  const created = ctx.state.clock.now();
  const customer: Stripe.Customer = {
    id: ids.customer(),
    object: 'customer',
    address: p.address ? { city: null, country: null, line1: null, line2: null, postal_code: null, state: null, ...p.address } : null,
    balance: p.balance ?? 0,
    created,
    currency: null,
    customer_account: null,
    default_source: null,
    delinquent: false,
    description: p.description ?? null,
    discount: null,
    email: p.email ?? null,
    invoice_prefix: p.invoice_prefix ?? ids.invoicePrefix(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: mergeMetadata({}, p.metadata),
    name: p.name ?? null,
    next_invoice_sequence: 1,
    phone: p.phone ?? null,
    preferred_locales: p.preferred_locales ?? [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  };
  ctx.state.store.table('customer').insert(customer, created);
  const shown = present(ctx.state, 'customer', customer, p.expand);
  emitEvent(ctx, 'customer.created', present(ctx.state, 'customer', customer));
  return shown;
}

function update(ctx: HandlerContext): Stripe.Customer {
  const customer = requireCustomer(ctx, pathParam(ctx, 'id'), 'id');
  const p = parseParams(updateSchema, ctx.params);
  checkEmail(p.email);
  const before = structuredClone(customer);
  if (p.name !== undefined) customer.name = p.name;
  if (p.email !== undefined) customer.email = p.email;
  if (p.phone !== undefined) customer.phone = p.phone;
  if (p.description !== undefined) customer.description = p.description;
  if (p.balance !== undefined) customer.balance = p.balance;
  if (p.preferred_locales !== undefined) customer.preferred_locales = p.preferred_locales;
  if (p.address !== undefined) customer.address = p.address && { city: null, country: null, line1: null, line2: null, postal_code: null, state: null, ...p.address };
  customer.metadata = mergeMetadata(customer.metadata, p.metadata);
  const previous = changedFields(before, customer);
  if (Object.keys(previous).length > 0) emitEvent(ctx, 'customer.updated', present(ctx.state, 'customer', customer), previous);
  return present(ctx.state, 'customer', customer, p.expand);
}

function retrieve(ctx: HandlerContext): Stripe.Customer | Stripe.DeletedCustomer {
  const id = pathParam(ctx, 'id');
  const p = parseParams(retrieveSchema, ctx.params);
  if (ctx.state.store.deletedCustomers.has(id)) return { id, object: 'customer', deleted: true };
  return present(ctx.state, 'customer', requireCustomer(ctx, id, 'id'), p.expand);
}

function list(ctx: HandlerContext): Stripe.ApiList<Stripe.Customer> {
  const p = parseParams(listSchema, ctx.params);
  const table = ctx.state.store.table('customer');
  const ordered = table.all().filter((c) => !ctx.state.store.deletedCustomers.has(c.id));
  // Stripe's email filter is case-sensitive.
  const matching = ordered.filter((c) => (p.email === undefined || c.email === p.email) && inRange(c.created, p.created));
  return presentList(ctx.state, 'customer', paginate(matching, ordered, p, '/v1/customers', 'customer'), p.expand);
}

function remove(ctx: HandlerContext): Stripe.DeletedCustomer {
  const customer = requireCustomer(ctx, pathParam(ctx, 'id'), 'id');
  ctx.state.store.deletedCustomers.add(customer.id);
  emitEvent(ctx, 'customer.deleted', present(ctx.state, 'customer', customer));
  return { id: customer.id, object: 'customer', deleted: true };
}

export const customerRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/customers', handler: create },
  { method: 'GET', pattern: '/v1/customers', handler: list },
  { method: 'GET', pattern: '/v1/customers/:id', handler: retrieve },
  { method: 'POST', pattern: '/v1/customers/:id', handler: update },
  { method: 'DELETE', pattern: '/v1/customers/:id', handler: remove },
];
