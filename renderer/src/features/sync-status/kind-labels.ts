import type { OutboxKind } from '../../../../shared/domain/records';

export const KIND_LABEL: Record<OutboxKind, string> = {
  'coupon.create': 'Campaign coupon',
  'coupon.update': 'Campaign coupon name',
  'promotion_code.create': 'Referral codes',
  'promotion_code.deactivate': 'Code deactivation',
  'customer.create': 'Customer',
  'sale.record': 'Sale',
  'sale.pay': 'Payment',
  'sale.void': 'Void',
  'refund.record': 'Cash refund',
  'checkout.create': 'Payment link',
};
