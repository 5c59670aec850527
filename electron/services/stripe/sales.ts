import type Stripe from 'stripe';
import type { z } from 'zod';
import type { createCustomerArgs, RecordedSale, recordSaleArgs } from '../../../shared/api/stripe-calls';
import { promotionCodeState } from './promotion-code-state';
import { ServiceError } from '../service-error';
import { callStripe } from './stripe-failure';

type SaleArgs = z.output<typeof recordSaleArgs>;

/** Leads become Stripe customers. */
export async function createCustomer(stripe: Stripe, args: z.output<typeof createCustomerArgs>): Promise<{ id: string }> {
  const customer = await callStripe(() =>
    stripe.customers.create(
      { name: args.name, ...(args.email && { email: args.email }), ...(args.phone && { phone: args.phone }), metadata: args.metadata },
      { idempotencyKey: args.idempotencyKey },
    ),
  );
  return { id: customer.id };
}

/**
 * A referral sale as Stripe counts it: an invoice carrying the promotion code, the order as its
 * item, finalized (Stripe checks the code's restrictions and counts the redemption). Each step has
 * its own key derived from the entry's, so a retry after any lost answer replays instead of
 * creating a second invoice.
 */
export async function recordSale(stripe: Stripe, args: SaleArgs): Promise<RecordedSale> {
  const key = (step: string) => ({ idempotencyKey: `${args.idempotencyKey}:${step}` });
  const currency = args.currency.toLowerCase();
  const draft = await callStripe(() =>
    stripe.invoices.create(
      {
        customer: args.customerId,
        currency,
        collection_method: 'charge_automatically',
        auto_advance: false,
        pending_invoice_items_behavior: 'exclude',
        // '' clears: stripe-node drops an empty array, and Stripe would then apply the customer's own discount
        discounts: args.promotionCodeId ? [{ promotion_code: args.promotionCodeId }] : '',
        metadata: args.metadata,
      },
      key('invoice'),
    ),
  );
  await addItems(stripe, draft.id, args, key);
  const invoice = await finalizeOrDiscard(stripe, draft.id, key('finalize'));
  const promotionCode = args.promotionCodeId ? await callStripe(() => stripe.promotionCodes.retrieve(args.promotionCodeId!)) : null;
  const stripeDiscount = (invoice.total_discount_amounts ?? []).reduce((sum, d) => sum + d.amount, 0);
  return {
    invoiceId: invoice.id,
    status: invoice.status ?? 'open',
    subtotal: invoice.subtotal,
    total: invoice.total,
    discountAmount: stripeDiscount + args.manualDiscount,
    promotionCode: promotionCode && promotionCodeState(promotionCode),
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
  };
}

/**
 * Finalizing is where Stripe may still refuse the code. A refused draft is deleted: an abandoned
 * invoice would count against the customer's first-time status later.
 */
async function finalizeOrDiscard(stripe: Stripe, invoiceId: string, options: { idempotencyKey: string }): Promise<Stripe.Invoice> {
  try {
    return await callStripe(() => stripe.invoices.finalizeInvoice(invoiceId, { auto_advance: false }, options));
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'stripe_refused') {
      // the refusal is what the caller must see; a failed clean-up is only logged
      await callStripe(() => stripe.invoices.del(invoiceId)).catch((cleanup: unknown) => console.warn('[stripe] refused draft not deleted', invoiceId, cleanup));
    }
    throw error;
  }
}

async function addItems(stripe: Stripe, invoiceId: string, args: SaleArgs, key: (step: string) => { idempotencyKey: string }): Promise<void> {
  const currency = args.currency.toLowerCase();
  const base = { customer: args.customerId, invoice: invoiceId, currency };
  await callStripe(() => stripe.invoiceItems.create({ ...base, amount: args.orderAmount, description: args.description }, key('item')));
  if (args.manualDiscount > 0) {
    const description = 'Referral discount granted by a manager (not checked by Stripe)';
    await callStripe(() => stripe.invoiceItems.create({ ...base, amount: -args.manualDiscount, description }, key('manual-discount')));
  }
}
