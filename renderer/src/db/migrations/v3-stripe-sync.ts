import type { Transaction } from 'dexie';

/**
 * Version 3 syncs with Stripe: records learn their Stripe ids and outbox entries their retry state.
 * Records written before it get explicit nulls, so code never meets a missing field.
 */
export async function upgradeToStripeSync(tx: Transaction): Promise<void> {
  await tx.table('campaigns').toCollection().modify((c: Record<string, unknown>) => void (c['stripeCouponId'] ??= null));
  await tx.table('codes').toCollection().modify((c: Record<string, unknown>) => {
    c['stripePromotionCodeId'] ??= null;
    c['syncEntryId'] ??= null;
  });
  await tx.table('customers').toCollection().modify((c: Record<string, unknown>) => void (c['stripeCustomerId'] ??= null));
  await tx.table('redemptions').toCollection().modify((r: Record<string, unknown>) => {
    r['stripeInvoiceId'] ??= null;
    r['manualDiscount'] ??= false;
  });
  await tx.table('outbox').toCollection().modify((e: Record<string, unknown>) => {
    e['batch'] ??= null;
    e['nextAttemptAt'] ??= 0;
    e['lastFailure'] ??= null;
    e['doneAt'] ??= null;
  });
}
