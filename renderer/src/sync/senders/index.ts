import type { OutboxKind } from '../../../../shared/domain/records';
import { sendCheckout } from './checkout-sender';
import { sendCodeBatch } from './code-batch-sender';
import { sendCoupon } from './coupon-sender';
import { sendCouponUpdate } from './coupon-update-sender';
import { sendCustomer } from './customer-sender';
import { sendDeactivation } from './deactivation-sender';
import { sendCashRefund, sendPayment, sendVoid } from './payment-senders';
import { sendSale } from './sale-sender';
import type { Sender } from './sender';

/** How each kind of outbox entry reaches Stripe. */
export const SENDERS: Record<OutboxKind, Sender> = {
  'coupon.create': sendCoupon,
  'coupon.update': sendCouponUpdate,
  'promotion_code.create': sendCodeBatch,
  'promotion_code.deactivate': sendDeactivation,
  'customer.create': sendCustomer,
  'sale.record': sendSale,
  'sale.pay': sendPayment,
  'sale.void': sendVoid,
  'refund.record': sendCashRefund,
  'checkout.create': sendCheckout,
};

export type { SenderContext, SendOutcome } from './sender';
