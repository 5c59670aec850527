import type Stripe from 'stripe';
import type { EmulatorState } from './context';
import { computeTotals, type DiscountInput, type Totals } from './invoice-totals';

export interface NewInvoice {
  id: string;
  customer: Stripe.Customer;
  currency: string;
  collectionMethod: 'charge_automatically' | 'send_invoice';
  dueDate: number | null;
  autoAdvance: boolean;
  description: string | null;
  footer: string | null;
  metadata: Record<string, string>;
  paymentMethodTypes: string[] | null;
  defaultPaymentMethod: string | null;
  statementDescriptor: string | null;
}

/** A draft invoice in the pinned version's shape (no `paid`, `discount`, `payment_intent` since basil). */
export function newInvoice(state: EmulatorState, spec: NewInvoice): Stripe.Invoice {
  const now = state.clock.now();
  const { customer } = spec;
  return {
    id: spec.id,
    object: 'invoice',
    account_country: 'US',
    account_name: 'Referral POS sandbox',
    account_tax_ids: null,
    amount_due: 0,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_paid_off_stripe: 0,
    amount_remaining: 0,
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: spec.autoAdvance,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: 'manual',
    collection_method: spec.collectionMethod,
    confirmation_secret: null,
    created: now,
    currency: spec.currency,
    custom_fields: null,
    customer: customer.id,
    customer_account: null,
    customer_address: customer.address ?? null,
    customer_email: customer.email,
    customer_name: customer.name ?? null,
    customer_phone: customer.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: 'none',
    customer_tax_ids: [],
    default_payment_method: spec.defaultPaymentMethod,
    default_source: null,
    default_tax_rates: [],
    description: spec.description,
    discounts: [],
    due_date: spec.dueDate,
    effective_at: null,
    ending_balance: null,
    footer: spec.footer,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: 'list', data: [], has_more: false, url: `/v1/invoices/${spec.id}/lines` },
    livemode: false,
    metadata: spec.metadata,
    next_payment_attempt: null,
    number: null,
    on_behalf_of: null,
    parent: null,
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: spec.paymentMethodTypes as Stripe.Invoice.PaymentSettings.PaymentMethodType[] | null },
    period_end: now,
    period_start: now,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: spec.statementDescriptor,
    status: 'draft',
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: 0,
    subtotal_excluding_tax: 0,
    test_clock: null,
    total: 0,
    total_discount_amounts: [],
    total_excluding_tax: 0,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
  };
}

/** The invoice's items, oldest first, as its lines show them. */
export function invoiceItemsOf(state: EmulatorState, invoiceId: string): Stripe.InvoiceItem[] {
  return state.store.table('invoiceitem').all().filter((item) => item.invoice === invoiceId).reverse();
}

function discountInputs(state: EmulatorState, invoice: Stripe.Invoice): DiscountInput[] {
  return invoice.discounts.flatMap((ref) => {
    const discount = state.store.table('discount').get(typeof ref === 'string' ? ref : ref.id);
    const couponId = discount?.source.coupon;
    const coupon = typeof couponId === 'string' ? state.store.table('coupon').get(couponId) : undefined;
    if (!discount || !coupon) return [];
    // Invoice items here carry no product, so a coupon limited to products takes nothing off.
    if (coupon.applies_to?.products.length) return [{ id: discount.id, percentOff: null, amountOff: 0 }];
    const amountOff = coupon.amount_off === null ? null : coupon.currency === invoice.currency ? coupon.amount_off : (coupon.currency_options?.[invoice.currency]?.amount_off ?? 0);
    return [{ id: discount.id, percentOff: coupon.percent_off, amountOff }];
  });
}

/** Recomputes lines and amounts of a draft from its items and discounts. */
export function recalculate(state: EmulatorState, invoice: Stripe.Invoice): void {
  const { lines, totals } = computeInvoice(state, invoice);
  invoice.lines = { object: 'list', data: lines.slice(0, 10), has_more: lines.length > 10, url: `/v1/invoices/${invoice.id}/lines` };
  invoice.subtotal = totals.subtotal;
  invoice.subtotal_excluding_tax = totals.subtotal;
  invoice.total = totals.total;
  invoice.total_excluding_tax = totals.total;
  invoice.total_discount_amounts = totals.totalDiscounts;
  invoice.amount_due = Math.max(0, totals.total);
  invoice.amount_remaining = invoice.amount_due;
}

/** Every line of the invoice (its `lines` field holds the first ten) and its amounts. */
export function computeInvoice(state: EmulatorState, invoice: Stripe.Invoice): { lines: Stripe.InvoiceLineItem[]; totals: Totals } {
  const items = invoiceItemsOf(state, invoice.id);
  const totals = computeTotals(
    items.map((item) => ({ id: item.id, amount: item.amount, discountable: item.discountable })),
    discountInputs(state, invoice),
  );
  const lines: Stripe.InvoiceLineItem[] = items.map((item) => ({
    id: `il_${item.id.slice('ii_'.length)}`,
    object: 'line_item',
    amount: item.amount,
    currency: item.currency,
    description: item.description,
    discount_amounts: totals.lineDiscounts.get(item.id) ?? [],
    discountable: item.discountable,
    discounts: [],
    invoice: invoice.id,
    livemode: false,
    metadata: item.metadata ?? {},
    parent: {
      type: 'invoice_item_details',
      invoice_item_details: { invoice_item: item.id, proration: false, proration_details: { credited_items: null }, subscription: null },
      subscription_item_details: null,
    },
    period: item.period,
    pretax_credit_amounts: [],
    pricing: item.pricing && { type: 'price_details', unit_amount_decimal: item.pricing.unit_amount_decimal },
    quantity: item.quantity,
    quantity_decimal: item.quantity_decimal,
    subscription: null,
    subtotal: item.amount,
    taxes: [],
  }));
  return { lines, totals };
}
