import { useLiveQuery } from 'dexie-react-hooks';
import { checkoutLinkState, type CheckoutLinkState } from '../../../../shared/domain/checkout-link';
import { db } from '../../db/db';

/** Where a payment link stands, live: queued, made (with its URL), or refused by Stripe. */
export function useCheckoutLink(checkoutId: string): CheckoutLinkState | undefined {
  return useLiveQuery(async () => {
    const link = await db.checkouts.get(checkoutId);
    if (!link) return undefined;
    const entries = await db.outbox.where('recordId').equals(checkoutId).filter((e) => e.kind === 'checkout.create').toArray();
    // a manager's "send again" adds a new entry: the newest one speaks for the link
    const newest = entries.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))[0];
    return checkoutLinkState(link, newest);
  }, [checkoutId]);
}
