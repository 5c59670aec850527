import type { Route } from './context';
import { accountRoutes } from './resources/account';
import { checkoutSessionRoutes } from './resources/checkout-sessions';
import { couponRoutes } from './resources/coupons';
import { creditNoteRoutes } from './resources/credit-notes';
import { customerRoutes } from './resources/customers';
import { eventRoutes } from './resources/events';
import { invoiceItemRoutes } from './resources/invoice-items';
import { invoiceLifecycleRoutes } from './resources/invoice-lifecycle';
import { invoiceLineRoutes } from './resources/invoice-lines';
import { invoicePaymentRoutes } from './resources/invoice-payments';
import { invoiceRoutes } from './resources/invoices';
import { paymentIntentRoutes } from './resources/payment-intents';
import { paymentLinkRoutes } from './resources/payment-links';
import { promotionCodeRoutes } from './resources/promotion-codes';
import { refundRoutes } from './resources/refunds';
import { terminalRoutes } from './resources/terminal';

/** Every v1 endpoint the emulator serves. */
export const ROUTES: readonly Route[] = [
  ...customerRoutes,
  ...couponRoutes,
  ...promotionCodeRoutes,
  ...invoiceItemRoutes,
  ...invoiceRoutes,
  ...invoiceLineRoutes,
  ...invoiceLifecycleRoutes,
  ...invoicePaymentRoutes,
  ...paymentIntentRoutes,
  ...refundRoutes,
  ...creditNoteRoutes,
  ...terminalRoutes,
  ...checkoutSessionRoutes,
  ...paymentLinkRoutes,
  ...eventRoutes,
  ...accountRoutes,
];
