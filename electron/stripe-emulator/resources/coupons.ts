import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, invalidRequest, resourceMissing } from '../errors';
import { changedFields, emitEvent } from '../events';
import { ids } from '../ids';
import { createdShape, inRange, listShape, paginate } from '../pagination';
import { array, currency, decimal, expand, int, mergeMetadata, metadata, oneOf, parseParams, str } from '../params';
import { present, presentList } from '../render';

const currencyOptions = z.record(z.string(), z.strictObject({ amount_off: int(1) }));
const createSchema = z.strictObject({
  id: str(200).optional(),
  percent_off: decimal().optional(),
  amount_off: int(1).optional(),
  currency: currency().optional(),
  currency_options: currencyOptions.optional(),
  duration: oneOf(['forever', 'once', 'repeating']).optional(),
  duration_in_months: int(1).optional(),
  max_redemptions: int(1).optional(),
  redeem_by: int().optional(),
  name: str(40).optional(),
  metadata: metadata().optional(),
  applies_to: z.strictObject({ products: array(z.string()).optional() }).optional(),
  expand: expand(),
});
const updateSchema = z.strictObject({ name: str(40).optional(), metadata: metadata().optional(), currency_options: currencyOptions.optional(), expand: expand() });
const listSchema = z.strictObject({ ...listShape, ...createdShape });
const retrieveSchema = z.strictObject({ expand: expand() });

const FIVE_YEARS = 5 * 366 * 24 * 3600;

export function requireCoupon(ctx: HandlerContext, id: string, param: string): Stripe.Coupon {
  const coupon = ctx.state.store.table('coupon').get(id);
  if (!coupon || ctx.state.store.deletedCoupons.has(id)) throw resourceMissing('coupon', id, param);
  return coupon;
}

function create(ctx: HandlerContext): Stripe.Coupon {
  const p = parseParams(createSchema, ctx.params);
  const now = ctx.state.clock.now();
  if ((p.percent_off === undefined) === (p.amount_off === undefined)) {
    throw invalidParam('You must pass exactly one of percent_off or amount_off.', p.percent_off === undefined ? 'percent_off' : 'amount_off');
  }
  if (p.percent_off !== undefined && !(p.percent_off > 0 && p.percent_off <= 100)) {
    throw invalidParam('Invalid percent_off: must be greater than 0 and less than or equal to 100', 'percent_off');
  }
  if (p.amount_off !== undefined && p.currency === undefined) throw invalidParam('You must pass currency when passing amount_off.', 'currency');
  if (p.currency_options !== undefined && p.amount_off === undefined) throw invalidParam('currency_options is only supported for amount_off coupons.', 'currency_options');
  const duration = p.duration ?? 'once';
  if ((duration === 'repeating') !== (p.duration_in_months !== undefined)) {
    throw invalidParam('duration_in_months is required when duration is repeating, and only then.', 'duration_in_months');
  }
  if (p.redeem_by !== undefined && (p.redeem_by <= now || p.redeem_by > now + FIVE_YEARS)) {
    throw invalidParam('Invalid redeem_by: must be in the future and at most 5 years from now', 'redeem_by');
  }
  const id = p.id ?? ids.coupon();
  if (ctx.state.store.table('coupon').has(id)) throw invalidRequest('Coupon already exists.', { param: 'id', code: 'resource_already_exists' });
  const coupon: Stripe.Coupon = {
    id,
    object: 'coupon',
    amount_off: p.amount_off ?? null,
    ...(p.applies_to?.products && { applies_to: { products: p.applies_to.products } }),
    created: now,
    currency: p.amount_off !== undefined ? (p.currency ?? null) : null,
    ...(p.currency_options && { currency_options: p.currency_options }),
    duration,
    duration_in_months: p.duration_in_months ?? null,
    livemode: false,
    max_redemptions: p.max_redemptions ?? null,
    metadata: mergeMetadata({}, p.metadata),
    name: p.name ?? null,
    percent_off: p.percent_off ?? null,
    redeem_by: p.redeem_by ?? null,
    times_redeemed: 0,
    valid: true,
  };
  ctx.state.store.table('coupon').insert(coupon, now);
  emitEvent(ctx, 'coupon.created', present(ctx.state, 'coupon', coupon));
  return present(ctx.state, 'coupon', coupon, p.expand);
}

function update(ctx: HandlerContext): Stripe.Coupon {
  const coupon = requireCoupon(ctx, pathParam(ctx, 'id'), 'id');
  const p = parseParams(updateSchema, ctx.params);
  if (p.currency_options !== undefined && coupon.amount_off === null) throw invalidParam('currency_options is only supported for amount_off coupons.', 'currency_options');
  const before = structuredClone(coupon);
  if (p.name !== undefined) coupon.name = p.name;
  if (p.currency_options !== undefined) coupon.currency_options = { ...coupon.currency_options, ...p.currency_options };
  coupon.metadata = mergeMetadata(coupon.metadata ?? {}, p.metadata);
  const previous = changedFields(before, coupon);
  if (Object.keys(previous).length > 0) emitEvent(ctx, 'coupon.updated', present(ctx.state, 'coupon', coupon), previous);
  return present(ctx.state, 'coupon', coupon, p.expand);
}

function retrieve(ctx: HandlerContext): Stripe.Coupon {
  const p = parseParams(retrieveSchema, ctx.params);
  return present(ctx.state, 'coupon', requireCoupon(ctx, pathParam(ctx, 'id'), 'id'), p.expand);
}

function list(ctx: HandlerContext): Stripe.ApiList<Stripe.Coupon> {
  const p = parseParams(listSchema, ctx.params);
  const ordered = ctx.state.store.table('coupon').all().filter((c) => !ctx.state.store.deletedCoupons.has(c.id));
  const matching = ordered.filter((c) => inRange(c.created, p.created));
  return presentList(ctx.state, 'coupon', paginate(matching, ordered, p, '/v1/coupons', 'coupon'), p.expand);
}

/** Deleting stops new redemptions; the coupon's promotion codes read as inactive from then on. */
function remove(ctx: HandlerContext): Stripe.DeletedCoupon {
  const coupon = requireCoupon(ctx, pathParam(ctx, 'id'), 'id');
  ctx.state.store.deletedCoupons.add(coupon.id);
  emitEvent(ctx, 'coupon.deleted', present(ctx.state, 'coupon', coupon));
  return { id: coupon.id, object: 'coupon', deleted: true };
}

export const couponRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/coupons', handler: create },
  { method: 'GET', pattern: '/v1/coupons', handler: list },
  { method: 'GET', pattern: '/v1/coupons/:id', handler: retrieve },
  { method: 'POST', pattern: '/v1/coupons/:id', handler: update },
  { method: 'DELETE', pattern: '/v1/coupons/:id', handler: remove },
];
