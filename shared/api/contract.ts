/**
 * The one contract between the renderer and the main-process services. Both hosts (Electron IPC and
 * the browser-mode HTTP bridge) serve exactly these calls, parse arguments with these schemas and
 * answer with an ApiResult; a handler never knows which host called it.
 */
import { z } from 'zod';
import type { ApiCallName } from './call-names';
import {
  createCouponArgs,
  couponNameSchema,
  updateCouponArgs,
  createCustomerArgs,
  createdObject,
  createPromotionCodeArgs,
  promotionCodeStateSchema,
  pullChangesArgs,
  pulledChangesSchema,
  recordedSaleSchema,
  recordSaleArgs,
  setPromotionCodeActiveArgs,
} from './stripe-calls';
import {
  cardPaymentSchema,
  createCardPaymentArgs,
  creditCashArgs,
  creditNoteSchema,
  invoiceStateSchema,
  paySaleArgs,
  paymentIntentArgs,
  refundCardArgs,
  refundSchema,
  voidSaleArgs,
} from './payment-calls';
import { checkoutSessionSchema, createCheckoutSessionArgs } from './checkout-calls';
import { connectStripeArgs, stripeAccountSchema, stripeConnectedSchema, stripeDisconnectedSchema, stripeKeySourceSchema } from './stripe-account-calls';
import { customerPageSchema, listCustomersArgs } from './customer-calls';
import { connectionTokenSchema, ensureLocationArgs, locationSchema, presentedCardSchema, presentTestCardArgs } from './terminal-calls';

export const stripeModeSchema = z.enum(['sandbox', 'test', 'live']);
export type StripeMode = z.infer<typeof stripeModeSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  stripe: z.object({
    mode: stripeModeSchema,
    connected: z.boolean(),
    /** the connected account, when known (omitted in sandbox and before Stripe first answered) */
    account: stripeAccountSchema.optional(),
    /** where the connected key is kept (omitted in sandbox) */
    keySource: stripeKeySourceSchema.optional(),
  }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const noArgs = z.object({}).strict();

export const CONTRACT = {
  'app:getInfo': { args: noArgs, result: appInfoSchema },
  'stripe:createCoupon': { args: createCouponArgs, result: createdObject },
  'stripe:updateCoupon': { args: updateCouponArgs, result: couponNameSchema },
  'stripe:createPromotionCode': { args: createPromotionCodeArgs, result: promotionCodeStateSchema },
  'stripe:setPromotionCodeActive': { args: setPromotionCodeActiveArgs, result: promotionCodeStateSchema },
  'stripe:createCustomer': { args: createCustomerArgs, result: createdObject },
  'stripe:recordSale': { args: recordSaleArgs, result: recordedSaleSchema },
  'stripe:pullChanges': { args: pullChangesArgs, result: pulledChangesSchema },
  'terminal:createConnectionToken': { args: noArgs, result: connectionTokenSchema },
  'terminal:ensureLocation': { args: ensureLocationArgs, result: locationSchema },
  'terminal:presentTestCard': { args: presentTestCardArgs, result: presentedCardSchema },
  'payments:createCardPayment': { args: createCardPaymentArgs, result: cardPaymentSchema },
  'payments:retrieveCardPayment': { args: paymentIntentArgs, result: cardPaymentSchema },
  'payments:cancelCardPayment': { args: paymentIntentArgs, result: cardPaymentSchema },
  'payments:paySale': { args: paySaleArgs, result: invoiceStateSchema },
  'payments:voidSale': { args: voidSaleArgs, result: invoiceStateSchema },
  'payments:refundCard': { args: refundCardArgs, result: refundSchema },
  'payments:creditCash': { args: creditCashArgs, result: creditNoteSchema },
  'payments:createCheckoutSession': { args: createCheckoutSessionArgs, result: checkoutSessionSchema },
  'stripe:connect': { args: connectStripeArgs, result: stripeConnectedSchema },
  'stripe:disconnect': { args: noArgs, result: stripeDisconnectedSchema },
  'stripe:listCustomers': { args: listCustomersArgs, result: customerPageSchema },
} as const satisfies Record<ApiCallName, { args: z.ZodType; result: z.ZodType }>;

export type ArgsOf<N extends ApiCallName> = z.input<(typeof CONTRACT)[N]['args']>;
export type ResultOf<N extends ApiCallName> = z.output<(typeof CONTRACT)[N]['result']>;

/** What Stripe said when it refused or failed a request, kept whole for managers and diagnostics. */
export const stripeErrorInfoSchema = z.object({
  /** HTTP status; 0 when no answer arrived */
  statusCode: z.number().int(),
  type: z.string(),
  code: z.string().nullable(),
  declineCode: z.string().nullable(),
  message: z.string(),
  param: z.string().nullable(),
  requestId: z.string().nullable(),
  /** from a Retry-After header, when Stripe sent one */
  retryAfterMs: z.number().nullable(),
});
export type StripeErrorInfo = z.infer<typeof stripeErrorInfoSchema>;

/** A failure a screen can show: a stable code for logic, a message for people. */
export const apiErrorSchema = z.object({ code: z.string(), message: z.string(), stripe: stripeErrorInfoSchema.optional() });
export type ApiError = z.infer<typeof apiErrorSchema>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the renderer sees, whichever host serves it. */
export type PosApi = { [N in ApiCallName]: (args: ArgsOf<N>) => Promise<ApiResult<ResultOf<N>>> };

/** What the services implement: plain values out, thrown errors become ApiErrors in dispatch. */
export type ApiHandlers = { [N in ApiCallName]: (args: z.output<(typeof CONTRACT)[N]['args']>) => Promise<ResultOf<N>> };

export { API_CALL_NAMES, isApiCallName, type ApiCallName } from './call-names';
