import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeRedemption } from '../../../shared/domain/rules';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { queueCoupon } from '../../../renderer/src/db/repos/outbox-queue';
import type { ActionContext } from '../../../renderer/src/db/repos/referrer-audit';
import { deactivateCode, generateCodeFor, replaceCode } from '../../../renderer/src/db/repos/referrer-codes';
import { addReferrer, deactivateReferrer, updateReferrer } from '../../../renderer/src/db/repos/referrer-repo';
import { pageOfReferrers, searchReferrerList } from '../../../renderer/src/db/repos/referrer-list';
import { checkCode } from '../../../renderer/src/features/code-check/check-code';
import type { Campaign } from '../../../shared/domain/records';
import { pauseJob, runGenerationJob, startGenerationJob } from '../../../renderer/src/db/repos/referrer-generation-job';
import { campaign, freshDb, NOW, referrer } from '../db/store-fixture';
import { device, drainUntilSettled, startSandboxWithReader, type Sandbox } from '../sync/sync-harness';

const ctx: ActionContext = { now: NOW, actor: 'manager', deviceId: 'test-device', online: true };

/** What the counter says about the code now, from this device's store alone. */
async function counterVerdict(db: PosDb, shop: Campaign, code: string) {
  const check = await checkCode(db, code);
  if (check.kind !== 'found') return check.kind;
  const verdict = judgeRedemption({ code: check.match.code, codeCampaign: shop, activeCampaign: shop, orderAmount: 5_000, customer: 'first_time', now: NOW });
  return verdict.accepted ? 'accepted' : verdict.reasons.map((r) => r.kind).join(',');
}

async function newShop(db: PosDb, overrides: Partial<Campaign> = {}): Promise<Campaign> {
  const shop = campaign(overrides);
  await db.campaigns.add(shop);
  await queueCoupon(db, shop, NOW);
  return shop;
}

describe('adding and changing referrers', () => {
  it('adds a referrer with a code the counter accepts at once, its promotion code queued with the audit line', async () => {
    const db = freshDb();
    const shop = await newShop(db);
    const added = await addReferrer(db, shop.id, { name: ' Dana Whitfield ', email: 'dana@example.com' }, true, ctx);
    if (!added.ok) throw new Error('not added');
    expect(added.referrer).toMatchObject({ name: 'Dana Whitfield', email: 'dana@example.com', source: 'manual', active: true });
    expect(await counterVerdict(db, shop, added.code!.code)).toBe('accepted');
    const batch = await db.outbox.filter((e) => e.kind === 'promotion_code.create').toArray();
    expect(batch.map((e) => e.batch)).toEqual([[added.code!.code]]);
    expect((await db.audit.toArray()).map((a) => [a.action, a.details['name']])).toEqual([['referrer.add', 'Dana Whitfield']]);
  });

  it('refuses invalid details and a second referrer with the same email or phone, naming the first, adding nothing', async () => {
    const db = freshDb();
    const shop = await newShop(db);
    await addReferrer(db, shop.id, { name: 'Dana Whitfield', email: 'dana@example.com', phone: '+1 555 010 2000' }, false, ctx);
    expect(await addReferrer(db, shop.id, { name: '', email: '' }, true, ctx)).toEqual({
      ok: false,
      errors: [
        { field: 'name', message: "Enter the referrer's name." },
        { field: 'email', message: "Enter the referrer's email or phone number (at least one)." },
      ],
    });
    expect(await addReferrer(db, shop.id, { name: 'D. W.', email: 'DANA@example.com' }, true, ctx)).toEqual({
      ok: false,
      errors: [{ field: 'email', message: 'Dana Whitfield (dana@example.com) already refers for this campaign with this email address.' }],
    });
    expect(await addReferrer(db, shop.id, { name: 'Someone', phone: '+1 (555) 010-2000' }, true, ctx)).toMatchObject({
      ok: false,
      errors: [{ field: 'phone', message: 'Dana Whitfield (+1 555 010 2000) already refers for this campaign with this phone number.' }],
    });
    expect(await db.referrers.count()).toBe(1);
    expect(await db.codes.count()).toBe(0);
    // another campaign may have the same person
    const gym = await newShop(db, { name: 'Gym' });
    expect((await addReferrer(db, gym.id, { name: 'Dana W', email: 'dana@example.com' }, false, ctx)).ok).toBe(true);
  });

  it('edits a referrer with the same checks, and finds referrers by name, email, phone or (part of a) code', async () => {
    const db = freshDb();
    const shop = await newShop(db);
    const dana = await addReferrer(db, shop.id, { name: 'Dana Whitfield', email: 'dana@example.com' }, true, ctx);
    await addReferrer(db, shop.id, { name: 'Marco Rossi', phone: '+39 06 1234 5678' }, false, ctx);
    if (!dana.ok) throw new Error('not added');
    const names = async (text: string) => (await searchReferrerList(db, shop.id, text)).map((r) => r.referrer.name);
    expect(await names('smith')).toEqual([]);
    expect(await updateReferrer(db, dana.referrer.id, { name: 'Dana W', email: '', phone: '+39 06 1234 5678' }, ctx)).toMatchObject({ ok: false, errors: [{ field: 'phone' }] });
    expect((await updateReferrer(db, dana.referrer.id, { name: 'Dana Whitfield-Smith', email: 'dana@example.com' }, ctx)).ok).toBe(true);

    expect(await names('smith')).toEqual(['Dana Whitfield-Smith']);
    expect(await names('DANA@')).toEqual(['Dana Whitfield-Smith']);
    expect(await names('1234 5678')).toEqual(['Marco Rossi']);
    expect(await names(dana.code!.code.slice(0, 5))).toEqual(['Dana Whitfield-Smith']);
    expect(await names(`${dana.code!.code.slice(0, 4)}-${dana.code!.code.slice(4, 8)}`)).toEqual(['Dana Whitfield-Smith']);
    expect(await names('nobody')).toEqual([]);
    const page = await pageOfReferrers(db, shop.id, 0);
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.referrer.name, r.code?.code ?? null])).toEqual([['Dana Whitfield-Smith', dana.code!.code], ['Marco Rossi', null]]);
  });
});

describe('retiring codes', () => {
  let sandbox: Sandbox;
  let stripe: Stripe;
  beforeAll(async () => {
    ({ sandbox, stripe } = await startSandboxWithReader());
  });
  afterAll(() => sandbox.close());

  it('deactivating a referrer refuses its code at the counter at once, and in Stripe after a sync', async () => {
    const a = device(sandbox.api, 'A');
    const shop = await newShop(a.db);
    const lee = await addReferrer(a.db, shop.id, { name: 'Lee Chen', email: 'lee@example.com' }, true, ctx);
    if (!lee.ok) throw new Error('not added');
    await drainUntilSettled(a);
    const code = lee.code!.code;
    expect((await stripe.promotionCodes.list({ code })).data[0]?.active).toBe(true);

    await deactivateReferrer(a.db, lee.referrer.id, ctx);
    expect(await counterVerdict(a.db, shop, code)).toBe('deactivated');
    expect((await stripe.promotionCodes.list({ code })).data[0]?.active).toBe(true);
    await drainUntilSettled(a);
    expect((await stripe.promotionCodes.list({ code })).data[0]?.active).toBe(false);
    await expect(generateCodeFor(a.db, lee.referrer.id, ctx)).rejects.toThrow('Lee Chen is deactivated: no new code can be given.');
  });

  it('codes generated in chunks, cancelled and resumed, each become one promotion code in Stripe', async () => {
    const a = device(sandbox.api, 'A');
    const shop = await newShop(a.db);
    await a.db.referrers.bulkAdd(Array.from({ length: 300 }, (_, i) => referrer(shop.id, { name: `Bulk ${i}`, email: `bulk${i}@example.com` })));
    const job = await startGenerationJob(a.db, shop.id, ctx);
    await runGenerationJob(a.db, job.id, ctx, { chunkSize: 100, betweenChunks: () => pauseJob(a.db, job.id, ctx) });
    await drainUntilSettled(a);
    await runGenerationJob(a.db, job.id, ctx, { chunkSize: 100, betweenChunks: async () => {} });
    await drainUntilSettled(a);

    const couponId = (await a.db.campaigns.get(shop.id))!.stripeCouponId!;
    const inStripe: string[] = [];
    await stripe.promotionCodes.list({ coupon: couponId, limit: 100 }).autoPagingEach((p) => void inStripe.push(p.code));
    const local = await a.db.codes.toArray();
    expect(local).toHaveLength(300);
    expect(inStripe.sort()).toEqual(local.map((c) => c.code).sort());
    expect(local.every((c) => c.stripePromotionCodeId !== null)).toBe(true);
  }, 60_000);

  it('replacing a code refuses the old one at once and gives a working new one; Stripe follows on sync', async () => {
    const a = device(sandbox.api, 'A');
    const shop = await newShop(a.db);
    const sam = await addReferrer(a.db, shop.id, { name: 'Sam Ortega', email: 'sam@example.com' }, true, ctx);
    if (!sam.ok) throw new Error('not added');
    const old = sam.code!.code;
    // not synced yet: the old code must be created inactive or deactivated, never left working
    const fresh = await replaceCode(a.db, old, ctx);
    expect(await counterVerdict(a.db, shop, old)).toBe('deactivated');
    expect(await counterVerdict(a.db, shop, fresh.code)).toBe('accepted');
    await drainUntilSettled(a);
    expect((await stripe.promotionCodes.list({ code: old })).data.map((p) => p.active)).toEqual([false]);
    expect((await stripe.promotionCodes.list({ code: fresh.code })).data.map((p) => p.active)).toEqual([true]);

    await deactivateCode(a.db, fresh.code, ctx);
    expect(await counterVerdict(a.db, shop, fresh.code)).toBe('deactivated');
    await drainUntilSettled(a);
    expect((await stripe.promotionCodes.list({ code: fresh.code })).data[0]?.active).toBe(false);
    const third = await generateCodeFor(a.db, sam.referrer.id, ctx);
    expect(await counterVerdict(a.db, shop, third.code)).toBe('accepted');
    expect((await a.db.audit.toArray()).map((e) => e.action)).toEqual([
      'referrer.add', 'referral_code.replace', 'referral_code.deactivate', 'referral_code.generate',
    ]);
  });
});
