import { uuidv7 } from 'uuidv7';
import type { Campaign, Customer, OutboxEntry, OutboxKind, Redemption } from '../../../../shared/domain/records';
import { newOutboxEntry } from '../../../../shared/sync/outbox-entry';
import type { PosDb } from '../pos-db';

/*
 * Writing to the outbox, always inside the caller's transaction so that a record and the entry
 * that carries it to Stripe are committed together.
 */

/** The entry still on its way that creates this record in Stripe, if any. */
export async function unfinishedEntryFor(db: PosDb, kind: OutboxKind, recordId: string): Promise<OutboxEntry | undefined> {
  return db.outbox
    .where('recordId')
    .equals(recordId)
    .and((e) => e.kind === kind && e.state !== 'done' && e.state !== 'cancelled')
    .first();
}

/** A campaign becomes a coupon. */
export async function queueCoupon(db: PosDb, campaign: Campaign, now: number): Promise<OutboxEntry> {
  const entry = newOutboxEntry(uuidv7(), 'coupon.create', campaign.id, [], now);
  await db.outbox.add(entry);
  return entry;
}

/**
 * One entry for a whole batch of new codes (an import may bring 100,000): it waits for the
 * campaign's coupon. The codes carry the entry id (`syncEntryId`), from which each code's
 * idempotency key derives.
 */
export async function queueCodeBatch(db: PosDb, entryId: string, campaign: Campaign, codes: readonly string[], now: number): Promise<OutboxEntry> {
  const coupon = campaign.stripeCouponId ? undefined : await unfinishedEntryFor(db, 'coupon.create', campaign.id);
  const entry = newOutboxEntry(entryId, 'promotion_code.create', uuidv7(), coupon ? [coupon.id] : [], now, [...codes]);
  await db.outbox.add(entry);
  return entry;
}

/** A retired code is deactivated in Stripe, after it was created there. */
export async function queueDeactivation(db: PosDb, code: string, creationEntryId: string | null, now: number): Promise<OutboxEntry> {
  const entry = newOutboxEntry(uuidv7(), 'promotion_code.deactivate', code, creationEntryId ? [creationEntryId] : [], now);
  await db.outbox.add(entry);
  return entry;
}

/**
 * A sale waits for its customer and its campaign's coupon to exist in Stripe. Its promotion code
 * is created on the way if the code's batch has not reached it yet.
 */
export async function queueSale(db: PosDb, customer: Customer, isNewCustomer: boolean, redemption: Redemption, campaign: Campaign, now: number): Promise<OutboxEntry> {
  const dependsOn = await customerAndCouponFirst(db, customer, isNewCustomer, campaign, now);
  const sale = newOutboxEntry(uuidv7(), 'sale.record', redemption.id, dependsOn, now);
  await db.outbox.add(sale);
  return sale;
}

/**
 * A phone rep's payment link waits, like a sale, for its customer (Stripe judges a first-time code
 * for that customer) and the campaign's coupon; its promotion code is created on the way if needed.
 */
export async function queueCheckout(db: PosDb, customer: Customer, isNewCustomer: boolean, checkoutId: string, campaign: Campaign, now: number): Promise<OutboxEntry> {
  const dependsOn = await customerAndCouponFirst(db, customer, isNewCustomer, campaign, now);
  const checkout = newOutboxEntry(uuidv7(), 'checkout.create', checkoutId, dependsOn, now);
  await db.outbox.add(checkout);
  return checkout;
}

/** The entries an order must wait for: creating a new customer (queued here) and the campaign's coupon. */
async function customerAndCouponFirst(db: PosDb, customer: Customer, isNewCustomer: boolean, campaign: Campaign, now: number): Promise<string[]> {
  const dependsOn: string[] = [];
  if (isNewCustomer) {
    const created = newOutboxEntry(uuidv7(), 'customer.create', customer.id, [], now);
    await db.outbox.add(created);
    dependsOn.push(created.id);
  } else if (!customer.stripeCustomerId) {
    const pending = await unfinishedEntryFor(db, 'customer.create', customer.id);
    if (pending) dependsOn.push(pending.id);
  }
  const coupon = campaign.stripeCouponId ? undefined : await unfinishedEntryFor(db, 'coupon.create', campaign.id);
  if (coupon) dependsOn.push(coupon.id);
  return dependsOn;
}
