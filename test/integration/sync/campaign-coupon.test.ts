import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, validateCampaignDraft, type CampaignDraft, type CampaignSettings } from '../../../shared/domain/campaign';
import { CampaignLockedError, CampaignNameTakenError, createCampaign, makeCampaignActive, updateCampaign, type ManagerAct } from '../../../renderer/src/db/repos/campaign-editor';
import { generateCodesForReferrers } from '../../../renderer/src/db/repos/code-generator';
import { getSetting, SETTING } from '../../../renderer/src/db/repos/settings-repo';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { recordConflict } from '../../../renderer/src/sync/outbox';
import { NOW, referrer } from '../db/store-fixture';
import { device, drainUntilSettled, startSandboxWithReader, type Sandbox } from './sync-harness';

let sandbox: Sandbox;
let stripe: Stripe;

beforeAll(async () => {
  ({ sandbox, stripe } = await startSandboxWithReader());
});
afterAll(() => sandbox.close());

const act: ManagerAct = { now: NOW, actor: 'manager', deviceId: 'test-device', online: true };

function settingsOf(overrides: Partial<CampaignDraft>): CampaignSettings {
  const result = validateCampaignDraft({ ...EMPTY_DRAFT, name: 'Spring friends', ...overrides }, NOW);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.settings;
}

/** Every coupon in Stripe made for this campaign (the emulator is shared by the tests of this file). */
async function couponsOf(campaignId: string): Promise<Stripe.Coupon[]> {
  const all = await stripe.coupons.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
  return all.filter((c) => c.metadata?.['campaign_id'] === campaignId);
}

async function auditActions(db: PosDb): Promise<string[]> {
  return (await db.audit.orderBy('at').toArray()).map((a) => a.action);
}

describe('a campaign created by a manager', () => {
  it('becomes exactly one coupon: $10 off in USD, once per order', async () => {
    const a = device(sandbox.api, 'A');
    const campaign = await createCampaign(a.db, settingsOf({ rewardKind: 'amount_off', amountOff: '10', redemptionLimit: '5' }), { ...act, makeActive: false });
    expect(await a.db.outbox.where('recordId').equals(campaign.id).toArray()).toMatchObject([{ kind: 'coupon.create', state: 'pending' }]);
    expect(await auditActions(a.db)).toEqual(['campaign.create']);

    await drainUntilSettled(a);
    await drainUntilSettled(a);
    const coupons = await couponsOf(campaign.id);
    expect(coupons).toHaveLength(1);
    expect(coupons[0]).toMatchObject({ amount_off: 1000, currency: 'usd', percent_off: null, duration: 'once', name: 'Spring friends' });
    expect((await a.db.campaigns.get(campaign.id))!.stripeCouponId).toBe(coupons[0]!.id);
  });

  it('becomes a percent-off coupon for 12.5% off, without a currency', async () => {
    const a = device(sandbox.api, 'A');
    const campaign = await createCampaign(a.db, settingsOf({ rewardKind: 'percent_off', percentOff: '12.5', currency: 'EUR' }), { ...act, makeActive: false });
    await drainUntilSettled(a);
    const coupons = await couponsOf(campaign.id);
    expect(coupons).toHaveLength(1);
    expect(coupons[0]).toMatchObject({ percent_off: 12.5, amount_off: null, currency: null });
  });

  it('becomes the active campaign only when the manager asks, and the switch is audited', async () => {
    const a = device(sandbox.api, 'A');
    const first = await createCampaign(a.db, settingsOf({ rewardKind: 'percent_off', percentOff: '10' }), { ...act, makeActive: true });
    const second = await createCampaign(a.db, settingsOf({ name: 'Gym buddies', rewardKind: 'percent_off', percentOff: '5' }), { ...act, makeActive: false });
    expect(await getSetting(a.db, SETTING.activeCampaignId)).toBe(first.id);
    await makeCampaignActive(a.db, second.id, act);
    expect(await getSetting(a.db, SETTING.activeCampaignId)).toBe(second.id);
    expect(await auditActions(a.db)).toEqual(['campaign.create', 'campaign.create', 'campaign.activate']);
  });
});

describe('campaign names', () => {
  it('stay distinct on a device: a second “spring friends” is refused and nothing is written', async () => {
    const a = device(sandbox.api, 'A');
    const first = await createCampaign(a.db, settingsOf({ rewardKind: 'percent_off', percentOff: '10' }), { ...act, makeActive: false });
    const other = await createCampaign(a.db, settingsOf({ name: 'Gym buddies', rewardKind: 'percent_off', percentOff: '10' }), { ...act, makeActive: false });
    const before = { campaigns: await a.db.campaigns.count(), outbox: await a.db.outbox.count(), audit: await a.db.audit.count() };
    await expect(createCampaign(a.db, settingsOf({ name: 'spring  FRIENDS', rewardKind: 'percent_off', percentOff: '5' }), { ...act, makeActive: true })).rejects.toThrow(CampaignNameTakenError);
    await expect(updateCampaign(a.db, other.id, settingsOf({ name: 'Spring Friends', rewardKind: 'percent_off', percentOff: '10' }), act)).rejects.toThrow('Another campaign is already called “Spring friends”');
    expect({ campaigns: await a.db.campaigns.count(), outbox: await a.db.outbox.count(), audit: await a.db.audit.count() }).toEqual(before);
    expect((await a.db.campaigns.get(other.id))!.name).toBe('Gym buddies');
    expect(await getSetting(a.db, SETTING.activeCampaignId)).toBeUndefined();
    // a campaign keeps its own name when other fields change
    await expect(updateCampaign(a.db, first.id, settingsOf({ rewardKind: 'percent_off', percentOff: '10', redemptionLimit: '2' }), act)).resolves.toMatchObject({ renamesCoupon: false });
  });
});

describe('editing a campaign', () => {
  it('renames its coupon in Stripe once it is there (only the name and metadata change)', async () => {
    const a = device(sandbox.api, 'A');
    const campaign = await createCampaign(a.db, settingsOf({ rewardKind: 'amount_off', amountOff: '10' }), { ...act, makeActive: false });
    await drainUntilSettled(a);
    const update = await updateCampaign(a.db, campaign.id, settingsOf({ name: 'Summer friends of the shop and their families', rewardKind: 'amount_off', amountOff: '10' }), act);
    expect(update).toMatchObject({ renamesCoupon: true, recreatesCoupon: false });
    await drainUntilSettled(a);

    const coupons = await couponsOf(campaign.id);
    expect(coupons).toHaveLength(1);
    expect(coupons[0]).toMatchObject({
      amount_off: 1000,
      currency: 'usd',
      name: 'Summer friends of the shop and their fam',
      metadata: { campaign_id: campaign.id, campaign_name: 'Summer friends of the shop and their families' },
    });
    expect(await a.db.outbox.where('state').noneOf(['done']).count()).toBe(0);
  });

  it('refuses another reward or currency once the coupon is in Stripe, and changes nothing', async () => {
    const a = device(sandbox.api, 'A');
    const campaign = await createCampaign(a.db, settingsOf({ rewardKind: 'amount_off', amountOff: '10' }), { ...act, makeActive: false });
    await drainUntilSettled(a);
    const synced = await a.db.campaigns.get(campaign.id);
    const entries = await a.db.outbox.count();
    await expect(updateCampaign(a.db, campaign.id, settingsOf({ rewardKind: 'amount_off', amountOff: '15' }), act)).rejects.toThrow(CampaignLockedError);
    await expect(updateCampaign(a.db, campaign.id, settingsOf({ rewardKind: 'amount_off', amountOff: '10', currency: 'EUR' }), act)).rejects.toThrow(/Stripe cannot change a coupon's discount or currency/);
    expect(await a.db.campaigns.get(campaign.id)).toEqual(synced);
    expect(await a.db.outbox.count()).toBe(entries);
    expect(await auditActions(a.db)).toEqual(['campaign.create']);
  });

  it('refuses another reward once the campaign has codes, even before its coupon reached Stripe', async () => {
    const a = device(sandbox.api, 'A');
    const campaign = await createCampaign(a.db, settingsOf({ rewardKind: 'percent_off', percentOff: '10' }), { ...act, makeActive: false });
    const dana = referrer(campaign.id);
    await a.db.referrers.add(dana);
    await generateCodesForReferrers(a.db, campaign, [dana], { now: NOW });
    await expect(updateCampaign(a.db, campaign.id, settingsOf({ rewardKind: 'percent_off', percentOff: '20' }), act)).rejects.toThrow('the campaign already has referral codes');
  });

  it('saves new default rules locally without touching Stripe', async () => {
    const a = device(sandbox.api, 'A');
    const campaign = await createCampaign(a.db, settingsOf({ rewardKind: 'amount_off', amountOff: '10' }), { ...act, makeActive: false });
    await drainUntilSettled(a);
    const update = await updateCampaign(a.db, campaign.id, settingsOf({ rewardKind: 'amount_off', amountOff: '10', redemptionLimit: '3', minimumOrder: '40', linkTemplate: 'https://example.shop/r/{code}' }), act);
    expect(update).toMatchObject({ renamesCoupon: false, recreatesCoupon: false });
    expect((await a.db.campaigns.get(campaign.id))!).toMatchObject({ defaultRules: { maxRedemptions: 3, minimumOrder: 4000 }, linkTemplate: 'https://example.shop/r/{code}' });
    expect(await a.db.outbox.where('state').equals('pending').count()).toBe(0);
    expect((await a.db.audit.toArray()).at(-1)).toMatchObject({ action: 'campaign.update', details: { changed: 'defaultRules, linkTemplate' } });
  });

  it('made offline before the coupon was sent, still gives one coupon with the newest reward and name', async () => {
    const a = device(sandbox.api, 'A');
    const campaign = await createCampaign(a.db, settingsOf({ rewardKind: 'amount_off', amountOff: '10' }), { ...act, makeActive: false });
    await updateCampaign(a.db, campaign.id, settingsOf({ name: 'Renamed once', rewardKind: 'amount_off', amountOff: '10' }), act);
    await updateCampaign(a.db, campaign.id, settingsOf({ name: 'Renamed twice', rewardKind: 'percent_off', percentOff: '15' }), act);
    await drainUntilSettled(a);
    await drainUntilSettled(a);

    const coupons = await couponsOf(campaign.id);
    expect(coupons).toHaveLength(1);
    expect(coupons[0]).toMatchObject({ percent_off: 15, amount_off: null, name: 'Renamed twice' });
    expect((await a.db.campaigns.get(campaign.id))!.stripeCouponId).toBe(coupons[0]!.id);
    const states = (await a.db.outbox.where('recordId').equals(campaign.id).toArray()).map((e) => `${e.kind} ${e.state}`).sort();
    expect(states).toEqual(['coupon.create cancelled', 'coupon.create done', 'coupon.update done']);
  });

  it('renames the coupon to the newest name when an earlier rename lost its answer and is retried after another rename', async () => {
    const a = device(sandbox.api, 'A');
    const campaign = await createCampaign(a.db, settingsOf({ name: 'First name', rewardKind: 'percent_off', percentOff: '10' }), { ...act, makeActive: false });
    await drainUntilSettled(a);
    const couponId = (await a.db.campaigns.get(campaign.id))!.stripeCouponId!;
    // the rename reaches Stripe but every answer is lost: the entry waits for another retry
    const fault = sandbox.emulator.faults.add({ method: 'POST', path: `/v1/coupons/${couponId}`, perKey: 1000, action: { kind: 'drop', commit: true } });
    await updateCampaign(a.db, campaign.id, settingsOf({ name: 'Second name', rewardKind: 'percent_off', percentOff: '10' }), act);
    const first = await a.runner.drain();
    expect(first.retried).toBeGreaterThan(0);
    expect(await a.db.outbox.where('recordId').equals(campaign.id).filter((e) => e.kind === 'coupon.update' && e.state === 'pending' && e.lastFailure !== null).count()).toBe(1);
    sandbox.emulator.faults.remove(fault);
    await updateCampaign(a.db, campaign.id, settingsOf({ name: 'Third name', rewardKind: 'percent_off', percentOff: '10' }), act);

    // "Sync now": what waits for its backoff is sent at once
    await a.db.outbox.where('state').equals('pending').modify({ nextAttemptAt: 0 });
    await drainUntilSettled(a);
    expect((await a.db.conflicts.toArray()).map((c) => c.failure.message)).toEqual([]);
    expect(await a.db.outbox.where('state').noneOf(['done']).count()).toBe(0);
    expect(await stripe.coupons.retrieve(couponId)).toMatchObject({ name: 'Third name', metadata: { campaign_name: 'Third name' } });
  });

  it('settles a refused coupon when the manager corrects its currency: sent afresh, one coupon', async () => {
    const a = device(sandbox.api, 'A');
    const campaign = await createCampaign(a.db, settingsOf({ rewardKind: 'amount_off', amountOff: '10', currency: 'EUR' }), { ...act, makeActive: false });
    const [refused] = await a.db.outbox.where('recordId').equals(campaign.id).toArray();
    // as Stripe's refusal (say, a currency this account cannot use) leaves it
    const failure = { at: NOW, kind: 'conflict' as const, code: 'invalid_request_error', message: 'Invalid currency: eur.', stripe: null };
    await recordConflict(a.db, refused!, campaign.id, failure, ['retry']);

    const update = await updateCampaign(a.db, campaign.id, settingsOf({ rewardKind: 'amount_off', amountOff: '10', currency: 'USD' }), act);
    expect(update.recreatesCoupon).toBe(true);
    expect((await a.db.conflicts.toArray()).map((c) => c.resolution?.action)).toEqual(['retry']);
    expect((await a.db.outbox.get(refused!.id))!.state).toBe('cancelled');
    await drainUntilSettled(a);
    const coupons = await couponsOf(campaign.id);
    expect(coupons).toHaveLength(1);
    expect(coupons[0]).toMatchObject({ amount_off: 1000, currency: 'usd' });
  });
});
