import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PosDb } from '../../../renderer/src/db/pos-db';
import { SCHEMA_HISTORY } from '../../../renderer/src/db/schema-history';
import { campaign, freshDb, NOW, referrer } from './store-fixture';

/** Data as each shipped version stored it; a new version adds its own entry here. */
const FIXTURES: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    const shop = campaign({ id: 'c1' });
    await db.table('campaigns').add(shop);
    await db.table('referrers').add({ ...referrer('c1', { id: 'r1' }), code: 'K7QMX4PDR' });
    await db.table('codes').add({
      code: 'K7QMX4PDR', kind: 'generated', campaignId: 'c1', referrerId: 'r1', active: true,
      rules: shop.defaultRules, timesRedeemed: 1, pendingRedemptions: 1, isDemo: false, createdAt: NOW,
    });
    await db.table('outbox').add({ id: 'o1', kind: 'sale.record', recordId: 's1', dependsOn: [], state: 'pending', attempts: 0, createdAt: NOW });
  },
  2: async (db) => {
    const shop = campaign({ id: 'c1' });
    const { stripeCouponId: _unsynced, ...v2Campaign } = shop;
    await db.table('campaigns').add(v2Campaign);
    await db.table('referrers').add(referrer('c1', { id: 'r1' }));
    await db.table('codes').add({
      code: 'K7QMX4PDR', kind: 'generated', campaignId: 'c1', referrerId: 'r1', active: true,
      rules: shop.defaultRules, timesRedeemed: 1, pendingRedemptions: 1, isDemo: false, createdAt: NOW,
    });
    await db.table('outbox').add({ id: 'o1', kind: 'sale.record', recordId: 's1', dependsOn: [], state: 'pending', attempts: 0, createdAt: NOW });
  },
  3: async (db) => {
    const shop = campaign({ id: 'c1', stripeCouponId: 'coupon_1' });
    await db.table('campaigns').add(shop);
    await db.table('referrers').add(referrer('c1', { id: 'r1' }));
    await db.table('codes').add({
      code: 'K7QMX4PDR', kind: 'generated', campaignId: 'c1', referrerId: 'r1', active: true, rules: shop.defaultRules,
      timesRedeemed: 1, pendingRedemptions: 1, stripePromotionCodeId: null, syncEntryId: 'b1', isDemo: false, createdAt: NOW,
    });
    await db.table('outbox').add({
      id: 'o1', kind: 'sale.record', recordId: 's1', batch: null, dependsOn: [], state: 'pending', attempts: 0,
      nextAttemptAt: NOW, lastFailure: null, doneAt: null, createdAt: NOW,
    });
  },
  4: async (db) => {
    await FIXTURES[3]!(db);
    await db.table('redemptions').add({ id: 's1', code: 'K7QMX4PDR', payment: { tender: 'cash', amountDue: 4050, cashTendered: 5000, changeDue: 950, paymentIntentId: null, cardBrand: null, paidAt: NOW }, hostedInvoiceUrl: null, refundedAmount: 0 });
    await db.table('leads').add({ id: 'l1', customerId: 'cu1', code: 'K7QMX4PDR', status: 'pending', statusReason: 'Sale recorded; waiting for payment.' });
  },
  5: async (db) => {
    await FIXTURES[4]!(db);
    await db.table('campaigns').toCollection().modify((c) => Object.assign(c, { linkTemplate: null, generateCodeOnAdd: false }));
    await db.table('referrers').toCollection().modify((r) => Object.assign(r, { active: true, source: 'manual', stripeCustomerId: null }));
    await db.table('leads').update('l1', { source: 'counter', note: null });
    await db.table('staff').add({ id: 'st1', name: 'Mo', role: 'manager' });
    await db.table('audit').add({ id: 'a1', at: NOW, action: 'staff.signed_in' });
  },
  6: async (db) => {
    await FIXTURES[5]!(db);
    await db.table('cardBatches').add({ id: 'b1', number: 1, campaignId: 'c1', codes: ['K7QMX4PDR'], status: 'active' });
  },
  7: async (db) => {
    await FIXTURES[6]!(db);
    await db.table('checkouts').add({ id: 'k1', leadId: 'l1', code: 'K7QMX4PDR', orderAmount: 5000, stripeSessionId: null, url: null });
  },
};

describe('opening a database created by an earlier schema version', () => {
  it('has a fixture for every shipped version', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(SCHEMA_HISTORY.map((v) => v.version));
  });

  for (const shipped of SCHEMA_HISTORY) {
    it(`keeps the data written by version ${shipped.version}`, async () => {
      const name = freshDb().name;
      const old = new Dexie(name);
      for (const v of SCHEMA_HISTORY.filter((h) => h.version <= shipped.version)) old.version(v.version).stores(v.stores);
      await FIXTURES[shipped.version]!(old);
      old.close();

      const current = new PosDb(name);
      await current.open();
      expect(current.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
      expect(await current.codes.get('K7QMX4PDR')).toMatchObject({ timesRedeemed: 1, pendingRedemptions: 1, referrerId: 'r1' });
      expect(await current.outbox.where('state').equals('pending').count()).toBe(1);
      expect(await current.codes.where('referrerId').equals('r1').primaryKeys()).toEqual(['K7QMX4PDR']);
      // fields added later are explicit nulls, never missing
      expect(await current.outbox.get('o1')).toMatchObject({ batch: null, lastFailure: null, doneAt: null });
      expect((await current.outbox.get('o1'))!.nextAttemptAt).toBeTypeOf('number');
      expect((await current.codes.get('K7QMX4PDR'))!.stripePromotionCodeId).toBeNull();
      expect((await current.campaigns.get('c1'))!.stripeCouponId).not.toBeUndefined();
      expect(await current.campaigns.get('c1')).toMatchObject({ linkTemplate: null, generateCodeOnAdd: false });
      expect(await current.referrers.get('r1')).toMatchObject({ active: true, source: 'manual', stripeCustomerId: null });
      if (shipped.version >= 4) expect(await current.leads.get('l1')).toMatchObject({ source: 'counter', note: null, status: 'pending' });
      if (shipped.version >= 6) expect(await current.cardBatches.where('number').equals(1).first()).toMatchObject({ codes: ['K7QMX4PDR'] });
      if (shipped.version >= 5) expect(await current.audit.where('at').equals(NOW).count()).toBe(1);
      expect(await current.checkouts.count()).toBe(shipped.version >= 7 ? 1 : 0);
      if (shipped.version >= 4) expect(await current.redemptions.get('s1')).toMatchObject({ refundedAmount: 0, hostedInvoiceUrl: null, payment: { tender: 'cash' } });
      current.close();
    });
  }
});
