import { uuidv7 } from 'uuidv7';
import type { ApiError, PosApi } from '../../../shared/api/contract';
import type { PulledChanges } from '../../../shared/api/stripe-calls';
import { normalizeEmail, normalizePhone } from '../../../shared/domain/contact';
import type { PosDb } from '../db/pos-db';
import { findKnownCustomer } from '../db/repos/customer-history';
import { getSetting, putSetting, SETTING } from '../db/repos/settings-repo';

export type PullResult = { ok: true; codes: number; customers: number } | { ok: false; error: ApiError };

/**
 * Brings Stripe's view into the store so that offline verdicts are as fresh as possible: each
 * promotion code's state and count (other devices and online checkouts spend uses too), and the
 * customers Stripe knows have bought (first-time-order rule).
 */
export async function pullFromStripe(db: PosDb, api: PosApi, now: number): Promise<PullResult> {
  const cursor = (await getSetting<string>(db, SETTING.stripeEventsCursor)) ?? null;
  const couponIds = (await db.campaigns.toArray()).flatMap((c) => (c.stripeCouponId ? [c.stripeCouponId] : []));
  const result = await api['stripe:pullChanges']({ cursor, couponIds });
  if (!result.ok) return result;
  await applyChanges(db, result.value, now);
  return { ok: true, codes: result.value.promotionCodes.length, customers: result.value.customersWithOrders.length };
}

async function applyChanges(db: PosDb, changes: PulledChanges, now: number): Promise<void> {
  await db.transaction('rw', db.codes, db.customers, db.settings, async () => {
    for (const state of changes.promotionCodes) {
      const code = await db.codes.get(state.code.toUpperCase());
      if (!code || (code.stripePromotionCodeId !== null && code.stripePromotionCodeId !== state.id)) continue;
      const rules = { ...code.rules, maxRedemptions: state.maxRedemptions, expiresAt: state.expiresAt };
      await db.codes.update(code.code, { stripePromotionCodeId: state.id, timesRedeemed: state.timesRedeemed, active: state.active, rules });
    }
    for (const buyer of changes.customersWithOrders) await rememberBuyer(db, buyer, now);
    if (changes.cursor !== null) await putSetting(db, SETTING.stripeEventsCursor, changes.cursor);
    await putSetting(db, SETTING.lastPullAt, now);
  });
}

async function rememberBuyer(db: PosDb, buyer: PulledChanges['customersWithOrders'][number], now: number): Promise<void> {
  const emailKey = buyer.email ? normalizeEmail(buyer.email) : null;
  const phoneKey = buyer.phone ? normalizePhone(buyer.phone) : null;
  if (!emailKey && !phoneKey) return;
  const known = await findKnownCustomer(db, { emailKey, phoneKey });
  if (known) {
    await db.customers.update(known.id, { orderCount: Math.max(known.orderCount, 1), stripeCustomerId: known.stripeCustomerId ?? buyer.id });
    return;
  }
  await db.customers.add({
    id: uuidv7(), name: buyer.name ?? buyer.email ?? buyer.phone ?? buyer.id, email: buyer.email, phone: buyer.phone,
    emailKey, phoneKey, orderCount: 1, stripeCustomerId: buyer.id, isDemo: false, createdAt: now,
  });
}
