import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, invalidRequest, resourceMissing } from '../errors';
import { emitEvent } from '../events';
import { creditPayment } from '../invoice-crediting';
import { formatAmount, minimumCharge } from '../money';
import { createdShape, inRange, listShape, paginate } from '../pagination';
import { array, bool, currency, emptyableStr, expand, int, mergeMetadata, metadata, oneOf, parseParams, str } from '../params';
import { newPaymentIntent } from '../payment-intent-model';
import { cancelPayment, capturePayment, confirmPayment } from '../payment-flow';
import { present, presentList } from '../render';
import { requireCustomer } from './customers';

const cardPresentOptions = z
  .strictObject({
    card_present: z
      .strictObject({
        capture_method: oneOf(['manual', 'manual_preferred']).optional(),
        request_extended_authorization: bool().optional(),
        request_incremental_authorization_support: bool().optional(),
      })
      .optional(),
  })
  .optional();
const confirmShape = {
  payment_method: str().optional(),
  payment_method_options: cardPresentOptions,
  capture_method: oneOf(['automatic', 'automatic_async', 'manual']).optional(),
  receipt_email: emptyableStr().optional(),
  return_url: str().optional(),
  error_on_requires_action: bool().optional(),
  off_session: bool().optional(),
  expand: expand(),
};
const createSchema = z.strictObject({
  ...confirmShape,
  amount: int(),
  currency: currency(),
  allowed_payment_method_types: array(z.string()).optional(),
  automatic_payment_methods: z.strictObject({ enabled: bool(), allow_redirects: oneOf(['always', 'never']).optional() }).optional(),
  confirm: bool().optional(),
  customer: str().optional(),
  description: str(1000).optional(),
  metadata: metadata().optional(),
  statement_descriptor: str(22).optional(),
  statement_descriptor_suffix: str(22).optional(),
});
const updateSchema = z.strictObject({
  amount: int().optional(),
  customer: str().optional(),
  description: emptyableStr(1000).optional(),
  metadata: metadata().optional(),
  receipt_email: emptyableStr().optional(),
  expand: expand(),
});
const confirmSchema = z.strictObject(confirmShape);
const captureSchema = z.strictObject({ amount_to_capture: int(1).optional(), metadata: metadata().optional(), expand: expand() });
const cancelSchema = z.strictObject({ cancellation_reason: oneOf(['abandoned', 'duplicate', 'fraudulent', 'requested_by_customer']).optional(), expand: expand() });
const listSchema = z.strictObject({ ...listShape, ...createdShape, customer: z.string().optional() });
const retrieveSchema = z.strictObject({ expand: expand(), client_secret: z.string().optional() });

/** Since 2026-09-30.endive `payment_method_types` is read-only on PaymentIntents (and Checkout). */
export function refuseWritablePaymentMethodTypes(ctx: HandlerContext): void {
  if ('payment_method_types' in ctx.params) {
    throw invalidParam(
      'payment_method_types is no longer supported in this API version. Use allowed_payment_method_types (for Terminal: ["card_present"]) instead.',
      'payment_method_types',
      'payment_method_types_no_longer_supported',
    );
  }
}

function checkAmount(amount: number, currencyCode: string, param = 'amount'): void {
  const minimum = minimumCharge(currencyCode);
  if (amount < minimum) throw invalidRequest(`Amount must be at least ${formatAmount(minimum, currencyCode)}`, { param, code: 'amount_too_small' });
  if (amount > 99_999_999) throw invalidRequest('Amount must be no more than 99999999', { param, code: 'amount_too_large' });
}

function requirePaymentIntent(ctx: HandlerContext): Stripe.PaymentIntent {
  const id = pathParam(ctx, 'id');
  const pi = ctx.state.store.table('payment_intent').get(id);
  if (!pi) throw resourceMissing('payment_intent', id);
  return pi;
}

function applyConfirmOptions(pi: Stripe.PaymentIntent, p: z.output<typeof confirmSchema>): void {
  if (p.capture_method !== undefined) pi.capture_method = p.capture_method;
  if (p.payment_method_options?.card_present?.capture_method === 'manual' && pi.payment_method_types.includes('card_present')) pi.capture_method = 'manual';
  if (p.receipt_email !== undefined) pi.receipt_email = p.receipt_email;
}

/** Runs a confirmation; on success credits invoices the PaymentIntent is attached to. */
function confirmAndCredit(ctx: HandlerContext, pi: Stripe.PaymentIntent, paymentMethod: string | undefined): void {
  confirmPayment(ctx, pi, paymentMethod);
  creditPayment(ctx, pi);
}

function create(ctx: HandlerContext): Stripe.PaymentIntent {
  refuseWritablePaymentMethodTypes(ctx);
  const p = parseParams(createSchema, ctx.params);
  checkAmount(p.amount, p.currency);
  if (p.customer !== undefined) requireCustomer(ctx, p.customer, 'customer');
  if (p.allowed_payment_method_types && p.automatic_payment_methods?.enabled) {
    throw invalidParam('You may only specify one of these parameters: allowed_payment_method_types, automatic_payment_methods.', 'automatic_payment_methods', 'parameters_exclusive');
  }
  const pi = newPaymentIntent(ctx.state, {
    amount: p.amount,
    currency: p.currency,
    customer: p.customer ?? null,
    allowedTypes: p.allowed_payment_method_types ?? null,
    captureMethod: 'automatic_async',
    description: p.description ?? null,
    metadata: mergeMetadata({}, p.metadata),
    receiptEmail: p.receipt_email ?? null,
    statementDescriptor: p.statement_descriptor ?? null,
  });
  applyConfirmOptions(pi, p);
  if (p.payment_method !== undefined) {
    pi.payment_method = p.payment_method;
    pi.status = 'requires_confirmation';
  }
  ctx.state.store.table('payment_intent').insert(pi, pi.created);
  emitEvent(ctx, 'payment_intent.created', present(ctx.state, 'payment_intent', pi));
  if (p.confirm) confirmAndCredit(ctx, pi, p.payment_method);
  return present(ctx.state, 'payment_intent', pi, p.expand);
}

function update(ctx: HandlerContext): Stripe.PaymentIntent {
  refuseWritablePaymentMethodTypes(ctx);
  const pi = requirePaymentIntent(ctx);
  const p = parseParams(updateSchema, ctx.params);
  if ((p.amount !== undefined || p.customer !== undefined) && !['requires_payment_method', 'requires_confirmation'].includes(pi.status)) {
    throw invalidRequest(`This PaymentIntent's amount or customer cannot be changed because it has a status of ${pi.status}.`, { code: 'payment_intent_unexpected_state' });
  }
  if (p.amount !== undefined) {
    checkAmount(p.amount, pi.currency);
    pi.amount = p.amount;
  }
  if (p.customer !== undefined) pi.customer = requireCustomer(ctx, p.customer, 'customer').id;
  if (p.description !== undefined) pi.description = p.description;
  if (p.receipt_email !== undefined) pi.receipt_email = p.receipt_email;
  pi.metadata = mergeMetadata(pi.metadata, p.metadata);
  return present(ctx.state, 'payment_intent', pi, p.expand);
}

function confirm(ctx: HandlerContext): Stripe.PaymentIntent {
  refuseWritablePaymentMethodTypes(ctx);
  const pi = requirePaymentIntent(ctx);
  const p = parseParams(confirmSchema, ctx.params);
  applyConfirmOptions(pi, p);
  confirmAndCredit(ctx, pi, p.payment_method);
  return present(ctx.state, 'payment_intent', pi, p.expand);
}

function capture(ctx: HandlerContext): Stripe.PaymentIntent {
  const pi = requirePaymentIntent(ctx);
  const p = parseParams(captureSchema, ctx.params);
  capturePayment(ctx, pi, p.amount_to_capture);
  pi.metadata = mergeMetadata(pi.metadata, p.metadata);
  creditPayment(ctx, pi);
  return present(ctx.state, 'payment_intent', pi, p.expand);
}

function cancel(ctx: HandlerContext): Stripe.PaymentIntent {
  const pi = requirePaymentIntent(ctx);
  const p = parseParams(cancelSchema, ctx.params);
  cancelPayment(ctx, pi, p.cancellation_reason ?? null);
  return present(ctx.state, 'payment_intent', pi, p.expand);
}

function retrieve(ctx: HandlerContext): Stripe.PaymentIntent {
  const p = parseParams(retrieveSchema, ctx.params);
  return present(ctx.state, 'payment_intent', requirePaymentIntent(ctx), p.expand);
}

function list(ctx: HandlerContext): Stripe.ApiList<Stripe.PaymentIntent> {
  const p = parseParams(listSchema, ctx.params);
  const ordered = ctx.state.store.table('payment_intent').all();
  const matching = ordered.filter((pi) => (p.customer === undefined || pi.customer === p.customer) && inRange(pi.created, p.created));
  return presentList(ctx.state, 'payment_intent', paginate(matching, ordered, p, '/v1/payment_intents', 'payment_intent'), p.expand);
}

export const paymentIntentRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/payment_intents', handler: create },
  { method: 'GET', pattern: '/v1/payment_intents', handler: list },
  { method: 'GET', pattern: '/v1/payment_intents/:id', handler: retrieve },
  { method: 'POST', pattern: '/v1/payment_intents/:id', handler: update },
  { method: 'POST', pattern: '/v1/payment_intents/:id/confirm', handler: confirm },
  { method: 'POST', pattern: '/v1/payment_intents/:id/capture', handler: capture },
  { method: 'POST', pattern: '/v1/payment_intents/:id/cancel', handler: cancel },
];
