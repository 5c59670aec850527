import type Stripe from 'stripe';
import type { z } from 'zod';
import type { CustomerPage, listCustomersArgs } from '../../../shared/api/customer-calls';
import { callStripe } from './stripe-failure';

/** One page of the account's customers, newest first: what a referrer sync needs of each. */
export async function listCustomers(stripe: Stripe, args: z.output<typeof listCustomersArgs>): Promise<CustomerPage> {
  const page = await callStripe(() => stripe.customers.list({ limit: args.limit, ...(args.startingAfter !== null && { starting_after: args.startingAfter }) }));
  return {
    customers: page.data.map((c) => ({ id: c.id, name: c.name ?? null, email: c.email ?? null, phone: c.phone ?? null })),
    hasMore: page.has_more,
  };
}
