import { describe, expect, it } from 'vitest';
import { generateCodesForReferrers } from '../../../renderer/src/db/repos/code-generator';
import { queueCoupon } from '../../../renderer/src/db/repos/outbox-queue';
import {
  ConsentMissingError,
  recordRedemption,
  RedemptionRefusedError,
  type RedemptionDraft,
} from '../../../renderer/src/db/repos/redemption-recorder';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { campaign, freshDb, NOW, referrer, rules } from './store-fixture';

const ctx = { now: NOW, deviceId: 'device-1', online: false, actor: 'counter' };

async function shopWithOneCode(db: PosDb, codeRules = rules()) {
  const shop = campaign({ defaultRules: codeRules });
  const dana = referrer(shop.id);
  await db.campaigns.add(shop);
  await db.referrers.add(dana);
  const [code] = await generateCodesForReferrers(db, shop, [dana], { now: NOW });
  return { shop, dana, code: code! };
}

function draft(code: string, campaignId: string, overrides: Partial<RedemptionDraft> = {}): RedemptionDraft {
  return {
    code,
    activeCampaignId: campaignId,
    orderAmount: 4500,
    lead: { name: 'Jane Doe', email: 'Jane@Example.com', phone: null, emailKey: 'jane@example.com', phoneKey: null },
    consentGiven: true,
    ...overrides,
  };
}

async function counts(db: PosDb) {
  return {
    leads: await db.leads.count(),
    redemptions: await db.redemptions.count(),
    customers: await db.customers.count(),
    // what the sale queued: the code's own creation was queued when it was generated
    outbox: await db.outbox.filter((e) => e.kind !== 'promotion_code.create').count(),
    audit: await db.audit.count(),
  };
}

describe('recording a redemption at the counter', () => {
  it('writes the redemption, its lead, the customer, their outbox entries and an audit line together', async () => {
    const db = freshDb();
    const { shop, code } = await shopWithOneCode(db);
    const { redemption, lead } = await recordRedemption(db, draft(code.code, shop.id), ctx);

    expect(redemption).toMatchObject({ status: 'awaiting_payment', orderAmount: 4500, discountAmount: 450, currency: 'USD', provisional: true });
    expect(await db.leads.get(lead.id)).toMatchObject({ name: 'Jane Doe', status: 'pending', consent: { method: 'checkbox', at: NOW } });
    expect(await counts(db)).toEqual({ leads: 1, redemptions: 1, customers: 1, outbox: 2, audit: 1 });
    expect((await db.codes.get(code.code))?.pendingRedemptions).toBe(1);
  });

  it('makes the sale wait for its customer in the outbox, each entry with its own idempotency key', async () => {
    const db = freshDb();
    const { shop, code } = await shopWithOneCode(db);
    const { redemption } = await recordRedemption(db, draft(code.code, shop.id), ctx);
    const customerEntry = await db.outbox.where('recordId').equals(redemption.customerId).first();
    const saleEntry = await db.outbox.where('recordId').equals(redemption.id).first();
    expect(customerEntry).toMatchObject({ kind: 'customer.create', state: 'pending', dependsOn: [] });
    expect(saleEntry).toMatchObject({ kind: 'sale.record', state: 'pending', dependsOn: [customerEntry!.id] });
    expect(saleEntry!.id).not.toBe(customerEntry!.id);
  });

  it('makes the sale wait for its campaign’s coupon too, while that is not in Stripe yet', async () => {
    const db = freshDb();
    const { shop, code } = await shopWithOneCode(db);
    const coupon = await db.transaction('rw', db.outbox, () => queueCoupon(db, shop, NOW));
    const { redemption } = await recordRedemption(db, draft(code.code, shop.id), ctx);
    const saleEntry = await db.outbox.where('recordId').equals(redemption.id).first();
    expect(saleEntry!.dependsOn).toContain(coupon.id);
    expect(saleEntry!.dependsOn).toHaveLength(2);
  });

  it('refuses the use after the last one, counting sales not yet synced, and writes nothing', async () => {
    const db = freshDb();
    const { shop, code } = await shopWithOneCode(db, rules({ maxRedemptions: 2, firstTimeOnly: false }));
    await recordRedemption(db, draft(code.code, shop.id), ctx);
    await recordRedemption(db, draft(code.code, shop.id, { lead: { name: 'Sam', email: null, phone: '+15550102000', emailKey: null, phoneKey: '+15550102000' } }), ctx);
    const before = await counts(db);
    const third = recordRedemption(db, draft(code.code, shop.id, { lead: { name: 'Kim', email: 'kim@example.com', phone: null, emailKey: 'kim@example.com', phoneKey: null } }), ctx);
    await expect(third).rejects.toBeInstanceOf(RedemptionRefusedError);
    await expect(third).rejects.toMatchObject({ reasons: [{ kind: 'limit_reached', used: 2, limit: 2 }] });
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a returning customer on a first-order-only code, recognised by email in any case', async () => {
    const db = freshDb();
    const { shop, code } = await shopWithOneCode(db, rules({ maxRedemptions: null }));
    await recordRedemption(db, draft(code.code, shop.id), ctx);
    const again = recordRedemption(db, draft(code.code, shop.id), ctx);
    await expect(again).rejects.toMatchObject({ reasons: [{ kind: 'not_first_time' }] });
  });

  it('refuses an order below the minimum and a code of another campaign, listing both', async () => {
    const db = freshDb();
    const { code } = await shopWithOneCode(db);
    const gym = campaign({ name: 'Gym buddies' });
    await db.campaigns.add(gym);
    const attempt = recordRedemption(db, draft(code.code, gym.id, { orderAmount: 1999 }), ctx);
    await expect(attempt).rejects.toMatchObject({
      reasons: [{ kind: 'wrong_campaign', campaignName: 'Friends of the shop' }, { kind: 'below_minimum', minimum: 2000, currency: 'USD' }],
    });
    expect((await counts(db)).redemptions).toBe(0);
  });

  it('saves nothing without the customer’s consent', async () => {
    const db = freshDb();
    const { shop, code } = await shopWithOneCode(db);
    await expect(recordRedemption(db, draft(code.code, shop.id, { consentGiven: false }), ctx)).rejects.toBeInstanceOf(ConsentMissingError);
    expect(await counts(db)).toEqual({ leads: 0, redemptions: 0, customers: 0, outbox: 0, audit: 0 });
  });

  it('lets only one of two simultaneous sales spend the last use', async () => {
    const db = freshDb();
    const { shop, code } = await shopWithOneCode(db, rules({ maxRedemptions: 1, firstTimeOnly: false }));
    const lead = (name: string) => ({ name, email: `${name}@example.com`, phone: null, emailKey: `${name}@example.com`, phoneKey: null });
    const results = await Promise.allSettled([
      recordRedemption(db, draft(code.code, shop.id, { lead: lead('a') }), ctx),
      recordRedemption(db, draft(code.code, shop.id, { lead: lead('b') }), ctx),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.redemptions.count()).toBe(1);
  });
});
