import type Stripe from 'stripe';
import type { z } from 'zod';
import type { PromotionCodeState, PulledChanges, pullChangesArgs } from '../../../shared/api/stripe-calls';
import { promotionCodeState } from './promotion-code-state';
import { callStripe } from './stripe-failure';

type CustomerWithOrders = PulledChanges['customersWithOrders'][number];

const WATCHED_EVENTS = ['promotion_code.created', 'promotion_code.updated', 'invoice.finalized', 'invoice.paid', 'invoice.voided'];

/**
 * What changed in Stripe that offline verdicts depend on: promotion codes (active, times redeemed,
 * expiry) and customers who have bought. A first pull reads the campaigns' codes and the finalized
 * invoices whole; later pulls follow the Events API from the cursor. Stripe sends no event when a
 * code is redeemed, so the codes named by invoice events are re-read.
 */
export async function pullChanges(stripe: Stripe, args: z.output<typeof pullChangesArgs>): Promise<PulledChanges> {
  return args.cursor === null ? fullPull(stripe, args.couponIds) : incrementalPull(stripe, args.cursor);
}

async function fullPull(stripe: Stripe, couponIds: readonly string[]): Promise<PulledChanges> {
  const newest = await callStripe(() => stripe.events.list({ limit: 1 }));
  const promotionCodes: PromotionCodeState[] = [];
  for (const coupon of couponIds) {
    await callStripe(() => stripe.promotionCodes.list({ coupon, limit: 100 }).autoPagingEach((code) => void promotionCodes.push(promotionCodeState(code))));
  }
  const buyerIds = new Set<string>();
  for (const status of ['open', 'paid'] as const) {
    await callStripe(() => stripe.invoices.list({ status, limit: 100 }).autoPagingEach((invoice) => void addCustomer(buyerIds, invoice.customer)));
  }
  return { promotionCodes, customersWithOrders: await customers(stripe, buyerIds), cursor: newest.data[0]?.id ?? null };
}

async function incrementalPull(stripe: Stripe, cursor: string): Promise<PulledChanges> {
  const codeIds = new Set<string>();
  const buyerIds = new Set<string>();
  let newest = cursor;
  for (let hasMore = true; hasMore; ) {
    const page = await callStripe(() => stripe.events.list({ ending_before: newest, limit: 100, types: WATCHED_EVENTS }));
    for (const event of page.data) collect(event, codeIds, buyerIds);
    hasMore = page.has_more && page.data.length > 0;
    newest = page.data[0]?.id ?? newest;
  }
  const promotionCodes = await Promise.all([...codeIds].map(async (id) => promotionCodeState(await callStripe(() => stripe.promotionCodes.retrieve(id)))));
  return { promotionCodes, customersWithOrders: await customers(stripe, buyerIds), cursor: newest };
}

/** Event payloads are in the API version of their creation: only ids are read from them. */
function collect(event: Stripe.Event, codeIds: Set<string>, buyerIds: Set<string>): void {
  const object = event.data.object as { id?: string; customer?: unknown; metadata?: Record<string, string> | null };
  if (event.type.startsWith('promotion_code.') && object.id) codeIds.add(object.id);
  if (!event.type.startsWith('invoice.')) return;
  const promotionCodeId = object.metadata?.['promotion_code_id'];
  if (promotionCodeId) codeIds.add(promotionCodeId);
  if (event.type !== 'invoice.voided') addCustomer(buyerIds, object.customer);
}

function addCustomer(ids: Set<string>, customer: unknown): void {
  if (typeof customer === 'string') ids.add(customer);
  else if (customer && typeof customer === 'object' && 'id' in customer && typeof customer.id === 'string') ids.add(customer.id);
}

async function customers(stripe: Stripe, ids: Set<string>): Promise<CustomerWithOrders[]> {
  const found = await Promise.all(
    [...ids].map(async (id) => {
      const customer = await callStripe(() => stripe.customers.retrieve(id));
      if ('deleted' in customer && customer.deleted) return null;
      const c = customer as Stripe.Customer;
      return { id: c.id, email: c.email ?? null, phone: c.phone ?? null, name: c.name ?? null };
    }),
  );
  return found.filter((c): c is CustomerWithOrders => c !== null);
}
