import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { resourceMissing } from '../errors';
import { changedFields, emitEvent } from '../events';
import { ids } from '../ids';
import { buildLineItems, lineItemsParam } from '../line-items';
import { listShape, paginate } from '../pagination';
import { array, bool, emptyableStr, expand, mergeMetadata, metadata, oneOf, parseParams, str } from '../params';
import { present, presentList } from '../render';

/**
 * Payment Links take no preset discount (only `allow_promotion_codes`): a `discounts` parameter is
 * unknown, as in Stripe. For a known code, use a Checkout Session.
 */
const afterCompletion = z.strictObject({
  type: oneOf(['hosted_confirmation', 'redirect']),
  hosted_confirmation: z.strictObject({ custom_message: str().optional() }).optional(),
  redirect: z.strictObject({ url: str() }).optional(),
});
const createSchema = z.strictObject({
  line_items: lineItemsParam(true),
  allow_promotion_codes: bool().optional(),
  after_completion: afterCompletion.optional(),
  metadata: metadata().optional(),
  payment_method_types: array(z.string()).optional(),
  customer_creation: oneOf(['always', 'if_required']).optional(),
  inactive_message: str(500).optional(),
  expand: expand(),
});
const updateSchema = z.strictObject({
  active: bool().optional(),
  allow_promotion_codes: bool().optional(),
  after_completion: afterCompletion.optional(),
  inactive_message: emptyableStr(500).optional(),
  metadata: metadata().optional(),
  expand: expand(),
});
const retrieveSchema = z.strictObject({ expand: expand() });
const listSchema = z.strictObject({ ...listShape, active: bool().optional() });

function completion(p: z.output<typeof afterCompletion> | undefined): Stripe.PaymentLink.AfterCompletion {
  if (p?.type === 'redirect') return { redirect: { url: p.redirect?.url ?? '' }, type: 'redirect' };
  return { hosted_confirmation: { custom_message: p?.hosted_confirmation?.custom_message ?? null }, type: 'hosted_confirmation' };
}

function create(ctx: HandlerContext): Stripe.PaymentLink {
  const p = parseParams(createSchema, ctx.params);
  const items = buildLineItems(ctx, p.line_items);
  const id = ids.paymentLink();
  const link: Stripe.PaymentLink = {
    id,
    object: 'payment_link',
    active: true,
    after_completion: completion(p.after_completion),
    allow_promotion_codes: p.allow_promotion_codes ?? false,
    application: null,
    application_fee_amount: null,
    application_fee_percent: null,
    automatic_tax: { enabled: false, liability: null },
    billing_address_collection: 'auto',
    consent_collection: null,
    currency: items[0]?.currency ?? 'usd',
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer_creation: p.customer_creation ?? 'if_required',
    inactive_message: p.inactive_message ?? null,
    invoice_creation: null,
    livemode: false,
    managed_payments: null,
    metadata: mergeMetadata({}, p.metadata),
    on_behalf_of: null,
    payment_intent_data: null,
    payment_method_collection: 'always',
    payment_method_options: null,
    payment_method_types: (p.payment_method_types ?? null) as Stripe.PaymentLink.PaymentMethodType[] | null,
    phone_number_collection: { enabled: false },
    restrictions: null,
    shipping_address_collection: null,
    shipping_options: [],
    submit_type: 'auto',
    subscription_data: null,
    tax_id_collection: { enabled: false, required: 'never' },
    transfer_data: null,
    url: `${ctx.state.baseUrl}/plink/${id}`,
  };
  ctx.state.store.table('payment_link').insert(link, ctx.state.clock.now());
  ctx.state.store.lineItems.set(id, items);
  emitEvent(ctx, 'payment_link.created', present(ctx.state, 'payment_link', link));
  return present(ctx.state, 'payment_link', link, p.expand);
}

function requireLink(ctx: HandlerContext): Stripe.PaymentLink {
  const id = pathParam(ctx, 'id');
  const link = ctx.state.store.table('payment_link').get(id);
  if (!link) throw resourceMissing('payment_link', id);
  return link;
}

function update(ctx: HandlerContext): Stripe.PaymentLink {
  const link = requireLink(ctx);
  const p = parseParams(updateSchema, ctx.params);
  const before = structuredClone(link);
  if (p.active !== undefined) link.active = p.active;
  if (p.allow_promotion_codes !== undefined) link.allow_promotion_codes = p.allow_promotion_codes;
  if (p.after_completion !== undefined) link.after_completion = completion(p.after_completion);
  if (p.inactive_message !== undefined) link.inactive_message = p.inactive_message;
  link.metadata = mergeMetadata(link.metadata, p.metadata);
  const previous = changedFields(before, link);
  if (Object.keys(previous).length > 0) emitEvent(ctx, 'payment_link.updated', present(ctx.state, 'payment_link', link), previous);
  return present(ctx.state, 'payment_link', link, p.expand);
}

function retrieve(ctx: HandlerContext): Stripe.PaymentLink {
  const p = parseParams(retrieveSchema, ctx.params);
  return present(ctx.state, 'payment_link', requireLink(ctx), p.expand);
}

function list(ctx: HandlerContext): Stripe.ApiList<Stripe.PaymentLink> {
  const p = parseParams(listSchema, ctx.params);
  const ordered = ctx.state.store.table('payment_link').all();
  const matching = ordered.filter((link) => p.active === undefined || link.active === p.active);
  return presentList(ctx.state, 'payment_link', paginate(matching, ordered, p, '/v1/payment_links', 'payment_link'), p.expand);
}

function lineItems(ctx: HandlerContext): Stripe.ApiList<Stripe.LineItem> {
  const link = requireLink(ctx);
  const p = parseParams(z.strictObject(listShape), ctx.params);
  const items = ctx.state.store.lineItems.get(link.id) ?? [];
  return paginate(items, items, p, `/v1/payment_links/${link.id}/line_items`, 'line item');
}

export const paymentLinkRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/payment_links', handler: create },
  { method: 'GET', pattern: '/v1/payment_links', handler: list },
  { method: 'GET', pattern: '/v1/payment_links/:id', handler: retrieve },
  { method: 'POST', pattern: '/v1/payment_links/:id', handler: update },
  { method: 'GET', pattern: '/v1/payment_links/:id/line_items', handler: lineItems },
];
