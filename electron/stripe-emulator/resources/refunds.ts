import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, invalidRequest, resourceMissing } from '../errors';
import { emitEvent } from '../events';
import { ids } from '../ids';
import { createdShape, inRange, listShape, paginate } from '../pagination';
import { expand, int, mergeMetadata, metadata, oneOf, parseParams, str } from '../params';
import { present, presentList } from '../render';

/** Refunds of succeeded PaymentIntents, whole or partial, succeeding at once. */
const createSchema = z.strictObject({
  payment_intent: str().optional(),
  charge: str().optional(),
  amount: int(1).optional(),
  reason: oneOf(['duplicate', 'fraudulent', 'requested_by_customer']).optional(),
  metadata: metadata().optional(),
  expand: expand(),
});
const listSchema = z.strictObject({ ...listShape, ...createdShape, payment_intent: z.string().optional(), charge: z.string().optional() });
const retrieveSchema = z.strictObject({ expand: expand() });

function refundedSoFar(ctx: HandlerContext, paymentIntent: string): number {
  return ctx.state.store.table('refund').all().filter((r) => r.payment_intent === paymentIntent).reduce((sum, r) => sum + r.amount, 0);
}

function create(ctx: HandlerContext): Stripe.Refund {
  const p = parseParams(createSchema, ctx.params);
  if (p.charge !== undefined) throw invalidParam('Refunding by charge is not supported by the emulator; pass payment_intent.', 'charge');
  if (p.payment_intent === undefined) throw invalidParam('Missing required param: payment_intent.', 'payment_intent', 'parameter_missing');
  const pi = ctx.state.store.table('payment_intent').get(p.payment_intent);
  if (!pi) throw resourceMissing('payment_intent', p.payment_intent, 'payment_intent');
  if (pi.status !== 'succeeded') throw invalidRequest(`This PaymentIntent does not have a successful charge to refund (status ${pi.status}).`, { param: 'payment_intent' });
  const remaining = pi.amount_received - refundedSoFar(ctx, pi.id);
  const amount = p.amount ?? remaining;
  if (remaining <= 0) throw invalidRequest(`Charge ${pi.latest_charge} has already been refunded.`, { code: 'charge_already_refunded' });
  if (amount > remaining) throw invalidRequest(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, { param: 'amount' });
  const now = ctx.state.clock.now();
  const refund: Stripe.Refund = {
    id: ids.refund(),
    object: 'refund',
    amount,
    balance_transaction: null,
    charge: pi.latest_charge as string | null,
    created: now,
    currency: pi.currency,
    customer: pi.customer as string | null,
    customer_account: null,
    metadata: mergeMetadata({}, p.metadata),
    payment_intent: pi.id,
    payment_method: pi.payment_method as string | null,
    reason: p.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  ctx.state.store.table('refund').insert(refund, now);
  emitEvent(ctx, 'refund.created', present(ctx.state, 'refund', refund));
  return present(ctx.state, 'refund', refund, p.expand);
}

function retrieve(ctx: HandlerContext): Stripe.Refund {
  const p = parseParams(retrieveSchema, ctx.params);
  const id = pathParam(ctx, 'id');
  const refund = ctx.state.store.table('refund').get(id);
  if (!refund) throw resourceMissing('refund', id);
  return present(ctx.state, 'refund', refund, p.expand);
}

function list(ctx: HandlerContext): Stripe.ApiList<Stripe.Refund> {
  const p = parseParams(listSchema, ctx.params);
  const ordered = ctx.state.store.table('refund').all();
  const matching = ordered.filter((r) => (p.payment_intent === undefined || r.payment_intent === p.payment_intent) && (p.charge === undefined || r.charge === p.charge) && inRange(r.created, p.created));
  return presentList(ctx.state, 'refund', paginate(matching, ordered, p, '/v1/refunds', 'refund'), p.expand);
}

export const refundRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/refunds', handler: create },
  { method: 'GET', pattern: '/v1/refunds', handler: list },
  { method: 'GET', pattern: '/v1/refunds/:id', handler: retrieve },
];
