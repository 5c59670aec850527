import { describe, expect, it } from 'vitest';
import { DEMO_STORIES, removeDemoData, seedDemoIfEmpty } from '../../../renderer/src/db/demo-seed';
import { codesOfReferrer } from '../../../renderer/src/db/repos/code-lookup';
import { recordRedemption } from '../../../renderer/src/db/repos/redemption-recorder';
import { freshDb, NOW } from './store-fixture';

describe('the sandbox demo', () => {
  it('is seeded once, on a first start with an empty store, all marked demo', async () => {
    const db = freshDb();
    const [first, second] = await Promise.all([seedDemoIfEmpty(db, NOW), seedDemoIfEmpty(db, NOW)]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(await db.campaigns.count()).toBe(2);
    const referrers = await db.referrers.toArray();
    expect(referrers.map((r) => r.name).sort()).toEqual(Object.values(DEMO_STORIES).sort());
    expect((await db.codes.toArray()).every((c) => c.isDemo)).toBe(true);
  });

  it('has a code for each verdict: valid, exhausted, expired, deactivated', async () => {
    const db = freshDb();
    await seedDemoIfEmpty(db, NOW);
    const codeOf = async (name: string) => {
      const r = (await db.referrers.toArray()).find((x) => x.name === name)!;
      return (await codesOfReferrer(db, r.id))[0]!;
    };
    const exhausted = await codeOf(DEMO_STORIES.exhausted);
    expect(exhausted.timesRedeemed + exhausted.pendingRedemptions).toBe(5);
    expect((await codeOf(DEMO_STORIES.expired)).rules.expiresAt).toBeLessThan(NOW);
    expect((await codeOf(DEMO_STORIES.deactivated)).active).toBe(false);
    expect((await codeOf(DEMO_STORIES.vanity)).code).toBe('MARCO10');
  });

  it('queues everything Stripe must hold for the demo to stay true: coupons, codes, the retired code, past sales', async () => {
    const db = freshDb();
    await seedDemoIfEmpty(db, NOW);
    const kinds = (await db.outbox.toArray()).map((e) => e.kind);
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    expect(count('coupon.create')).toBe(2);
    expect(count('promotion_code.create')).toBe(3);
    expect(count('promotion_code.deactivate')).toBe(1);
    expect(count('customer.create')).toBe(7);
    expect(count('sale.record')).toBe(7);
    const expired = (await db.codes.toArray()).find((c) => c.rules.expiresAt! < NOW)!;
    expect(expired.syncEntryId).toBeNull();
  });

  it('is removed with the sales made on it, and does not come back', async () => {
    const db = freshDb();
    await seedDemoIfEmpty(db, NOW);
    const dana = (await db.referrers.toArray()).find((r) => r.name === DEMO_STORIES.valid)!;
    const [danaCode] = await codesOfReferrer(db, dana.id);
    await recordRedemption(
      db,
      {
        code: danaCode!.code,
        activeCampaignId: dana.campaignId,
        orderAmount: 3000,
        lead: { name: 'Jane', email: 'jane@example.com', phone: null, emailKey: 'jane@example.com', phoneKey: null },
        consentGiven: true,
      },
      { now: NOW, deviceId: 'd', online: true, actor: 'counter' },
    );
    await removeDemoData(db);
    for (const table of [db.campaigns, db.referrers, db.codes, db.customers, db.leads, db.redemptions, db.outbox]) {
      expect(await table.count()).toBe(0);
    }
    expect(await seedDemoIfEmpty(db, NOW)).toBe(false);
  });
});
