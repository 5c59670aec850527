/**
 * Reading the Stripe account's customers a page at a time, to sync referrers from them. Stripe's
 * list is newest first and paged with `limit`, `starting_after` and `has_more`.
 */
import { z } from 'zod';

export const listCustomersArgs = z.object({
  /** the last customer of the previous page; null for the first page */
  startingAfter: z.string().min(1).max(255).nullable(),
  limit: z.number().int().min(1).max(100),
});

export const stripeCustomerSchema = z.object({
  id: z.string().min(1).max(255),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type StripeCustomer = z.infer<typeof stripeCustomerSchema>;

export const customerPageSchema = z.object({
  customers: z.array(stripeCustomerSchema),
  hasMore: z.boolean(),
});
export type CustomerPage = z.infer<typeof customerPageSchema>;
