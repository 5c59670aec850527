import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, invalidRequest, resourceMissing } from '../errors';
import { changedFields, emitEvent } from '../events';
import { ids } from '../ids';
import { createdShape, inRange, listShape, paginate } from '../pagination';
import { bool, currency, expand, int, mergeMetadata, metadata, oneOf, parseParams, str } from '../params';
import { couponOf, couponRefusal, promotionCodeActive } from '../redemption-rules';
import { present, presentList } from '../render';
import { requireCoupon } from './coupons';
import { requireCustomer } from './customers';

/**
 * Promotion codes in the clover-and-later shape: the coupon is given as
 * `promotion: {type: 'coupon', coupon}`; a top-level `coupon` is an unknown parameter.
 */
const currencyOptions = z.record(z.string(), z.strictObject({ minimum_amount: int(0).optional() }));
const createSchema = z.strictObject({
  promotion: z.strictObject({ type: oneOf(['coupon']), coupon: str().optional() }),
  active: bool().optional(),
  code: str(500).optional(),
  customer: str().optional(),
  expires_at: int().optional(),
  max_redemptions: int(1).optional(),
  metadata: metadata().optional(),
  restrictions: z
    .strictObject({
      currency_options: currencyOptions.optional(),
      first_time_transaction: bool().optional(),
      minimum_amount: int(0).optional(),
      minimum_amount_currency: currency().optional(),
    })
    .optional(),
  expand: expand(),
});
const updateSchema = z.strictObject({
  active: bool().optional(),
  metadata: metadata().optional(),
  restrictions: z.strictObject({ currency_options: currencyOptions.optional() }).optional(),
  expand: expand(),
});
const listSchema = z.strictObject({
  ...listShape,
  ...createdShape,
  active: bool().optional(),
  code: z.string().optional(),
  coupon: z.string().optional(),
  customer: z.string().optional(),
});
const retrieveSchema = z.strictObject({ expand: expand() });

const CODE = /^[a-zA-Z0-9-]+$/;

export function requirePromotionCode(ctx: HandlerContext, id: string, param: string): Stripe.PromotionCode {
  const code = ctx.state.store.table('promotion_code').get(id);
  if (!code) throw resourceMissing('promotion code', id, param);
  return code;
}

/** Unique regardless of case among active codes for one customer scope; an open code blocks all. */
function assertCodeFree(ctx: HandlerContext, code: string, customer: string | null, except?: string): void {
  const clash = ctx.state.store
    .table('promotion_code')
    .all()
    .find((other) => other.id !== except && other.code.toLowerCase() === code.toLowerCase() && promotionCodeActive(ctx.state, other) && (other.customer === null || customer === null || other.customer === customer));
  if (clash) throw invalidRequest(`An active promotion code with code \`${code}\` already exists.`, { param: 'code', code: 'resource_already_exists' });
}

function checkCurrencyOptions(options: Record<string, unknown> | undefined, minimumCurrency: string | null): void {
  for (const key of Object.keys(options ?? {})) {
    if (!/^[a-z]{3}$/.test(key)) throw invalidParam(`Invalid currency: ${key}.`, `restrictions[currency_options][${key}]`);
    if (key === minimumCurrency) throw invalidParam('Each currency option must differ from minimum_amount_currency.', `restrictions[currency_options][${key}]`);
  }
}

function create(ctx: HandlerContext): Stripe.PromotionCode {
  const p = parseParams(createSchema, ctx.params);
  const now = ctx.state.clock.now();
  if (p.promotion.coupon === undefined) throw invalidParam('Missing required param: promotion[coupon].', 'promotion[coupon]', 'parameter_missing');
  const coupon = requireCoupon(ctx, p.promotion.coupon, 'promotion[coupon]');
  const couponProblem = couponRefusal(ctx.state, coupon);
  if (couponProblem) throw invalidRequest(couponProblem.message, { param: 'promotion[coupon]', ...(couponProblem.code && { code: couponProblem.code }) });
  if (p.code !== undefined && !CODE.test(p.code)) throw invalidParam('Invalid code: may contain only letters (a-z, A-Z), digits (0-9) and dashes (-).', 'code');
  if (p.customer !== undefined) requireCustomer(ctx, p.customer, 'customer');
  if (p.expires_at !== undefined && p.expires_at <= now) throw invalidParam('Invalid expires_at: must be in the future.', 'expires_at');
  if (p.expires_at !== undefined && coupon.redeem_by !== null && p.expires_at > coupon.redeem_by) {
    throw invalidParam("The promotion code's expires_at cannot be after its coupon's redeem_by.", 'expires_at');
  }
  if (p.max_redemptions !== undefined && coupon.max_redemptions !== null && p.max_redemptions > coupon.max_redemptions) {
    throw invalidParam("The promotion code's max_redemptions cannot exceed its coupon's max_redemptions.", 'max_redemptions');
  }
  const r = p.restrictions ?? {};
  if ((r.minimum_amount === undefined) !== (r.minimum_amount_currency === undefined)) {
    throw invalidParam('restrictions[minimum_amount] and restrictions[minimum_amount_currency] must be passed together.', r.minimum_amount === undefined ? 'restrictions[minimum_amount]' : 'restrictions[minimum_amount_currency]');
  }
  checkCurrencyOptions(r.currency_options, r.minimum_amount_currency ?? null);
  const active = p.active ?? true;
  const code = p.code ?? ids.generatedCode();
  if (active) assertCodeFree(ctx, code, p.customer ?? null);
  const promotionCode: Stripe.PromotionCode = {
    id: ids.promotionCode(),
    object: 'promotion_code',
    active,
    code,
    created: now,
    customer: p.customer ?? null,
    customer_account: null,
    expires_at: p.expires_at ?? null,
    livemode: false,
    max_redemptions: p.max_redemptions ?? null,
    metadata: mergeMetadata({}, p.metadata),
    promotion: { coupon: coupon.id, type: 'coupon' },
    restrictions: {
      ...(r.currency_options && { currency_options: minimumOptions(r.currency_options) }),
      first_time_transaction: r.first_time_transaction ?? false,
      minimum_amount: r.minimum_amount ?? null,
      minimum_amount_currency: r.minimum_amount_currency ?? null,
    },
    times_redeemed: 0,
  };
  ctx.state.store.table('promotion_code').insert(promotionCode, now);
  emitEvent(ctx, 'promotion_code.created', present(ctx.state, 'promotion_code', promotionCode));
  return present(ctx.state, 'promotion_code', promotionCode, p.expand);
}

function minimumOptions(options: Record<string, { minimum_amount?: number | undefined }>): Record<string, { minimum_amount: number }> {
  return Object.fromEntries(Object.entries(options).map(([key, value]) => [key, { minimum_amount: value.minimum_amount ?? 0 }]));
}

/** Only `active`, `metadata` and `restrictions.currency_options` can change after creation. */
function update(ctx: HandlerContext): Stripe.PromotionCode {
  const code = requirePromotionCode(ctx, pathParam(ctx, 'id'), 'id');
  const p = parseParams(updateSchema, ctx.params);
  const before = present(ctx.state, 'promotion_code', code);
  if (p.active === true && !code.active) assertReactivatable(ctx, code);
  if (p.active !== undefined) code.active = p.active;
  const options = p.restrictions?.currency_options;
  if (options !== undefined) {
    checkCurrencyOptions(options, code.restrictions.minimum_amount_currency);
    code.restrictions.currency_options = { ...code.restrictions.currency_options, ...minimumOptions(options) };
  }
  code.metadata = mergeMetadata(code.metadata ?? {}, p.metadata);
  const after = present(ctx.state, 'promotion_code', code);
  const previous = changedFields(before, after);
  if (Object.keys(previous).length > 0) emitEvent(ctx, 'promotion_code.updated', after, previous);
  return present(ctx.state, 'promotion_code', code, p.expand);
}

/** Reactivation needs a valid coupon and a code that is otherwise still redeemable. */
function assertReactivatable(ctx: HandlerContext, code: Stripe.PromotionCode): void {
  const coupon = couponOf(ctx.state, code);
  const problem = coupon ? couponRefusal(ctx.state, coupon) : { message: 'Its coupon no longer exists.' };
  const refuse = (reason: string) => invalidRequest(`This promotion code cannot be reactivated: ${reason}`, { param: 'active' });
  if (problem) throw refuse(problem.message);
  if (code.expires_at !== null && ctx.state.clock.now() >= code.expires_at) throw refuse('it has expired.');
  if (code.max_redemptions !== null && code.times_redeemed >= code.max_redemptions) throw refuse('it has been used the maximum number of times.');
  assertCodeFree(ctx, code.code, code.customer as string | null, code.id);
}

function retrieve(ctx: HandlerContext): Stripe.PromotionCode {
  const p = parseParams(retrieveSchema, ctx.params);
  return present(ctx.state, 'promotion_code', requirePromotionCode(ctx, pathParam(ctx, 'id'), 'id'), p.expand);
}

function list(ctx: HandlerContext): Stripe.ApiList<Stripe.PromotionCode> {
  const p = parseParams(listSchema, ctx.params);
  const ordered = ctx.state.store.table('promotion_code').all();
  const matching = ordered.filter(
    (c) =>
      (p.code === undefined || c.code.toLowerCase() === p.code.toLowerCase()) &&
      (p.coupon === undefined || c.promotion.coupon === p.coupon) &&
      (p.customer === undefined || c.customer === p.customer) &&
      (p.active === undefined || promotionCodeActive(ctx.state, c) === p.active) &&
      inRange(c.created, p.created),
  );
  return presentList(ctx.state, 'promotion_code', paginate(matching, ordered, p, '/v1/promotion_codes', 'promotion code'), p.expand);
}

export const promotionCodeRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/promotion_codes', handler: create },
  { method: 'GET', pattern: '/v1/promotion_codes', handler: list },
  { method: 'GET', pattern: '/v1/promotion_codes/:id', handler: retrieve },
  { method: 'POST', pattern: '/v1/promotion_codes/:id', handler: update },
];
