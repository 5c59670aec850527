import type Stripe from 'stripe';
import type { EmulatorState } from './context';
import { ids, randomString } from './ids';

export interface NewPaymentIntent {
  amount: number;
  currency: string;
  customer: string | null;
  /** null: automatic payment methods (the card) */
  allowedTypes: string[] | null;
  captureMethod: Stripe.PaymentIntent.CaptureMethod;
  description: string | null;
  metadata: Record<string, string>;
  receiptEmail: string | null;
  statementDescriptor: string | null;
}

/** A PaymentIntent awaiting a payment method, in the endive shape (`payment_method_types` read-only). */
export function newPaymentIntent(state: EmulatorState, spec: NewPaymentIntent): Stripe.PaymentIntent {
  const id = ids.paymentIntent();
  const types = spec.allowedTypes ?? ['card'];
  return {
    id,
    object: 'payment_intent',
    allowed_payment_method_types: spec.allowedTypes as Stripe.PaymentIntent.AllowedPaymentMethodType[] | null,
    amount: spec.amount,
    amount_capturable: 0,
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: spec.allowedTypes === null ? { enabled: true } : null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: spec.captureMethod,
    client_secret: `${id}_secret_${randomString(25)}`,
    confirmation_method: 'automatic',
    created: state.clock.now(),
    currency: spec.currency,
    customer: spec.customer,
    customer_account: null,
    description: spec.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: spec.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: types.includes('card_present') ? { card_present: { request_extended_authorization: false, request_incremental_authorization_support: false } } : null,
    payment_method_types: types,
    payment_record: null,
    processing: null,
    receipt_email: spec.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: spec.statementDescriptor,
    statement_descriptor_suffix: null,
    status: 'requires_payment_method',
    transfer_data: null,
    transfer_group: null,
  };
}
