import { uuidv7 } from 'uuidv7';
import type { Campaign, CodeRules, Customer, ReferralCode, Referrer } from '../../../shared/domain/records';
import type { PosDb } from './pos-db';
import { cryptoRandomBytes, generateCodesForReferrers, type RandomBytes } from './repos/code-generator';
import { getSetting, putSetting, SETTING } from './repos/settings-repo';

const DAY = 86_400_000;

/** What each demo referrer's code shows a new user at the counter. */
export const DEMO_STORIES = {
  valid: 'Dana Whitfield',
  vanity: 'Marco Rossi',
  exhausted: 'Sam Ortega',
  expired: 'Priya Natarajan',
  deactivated: 'Lee Chen',
  otherCampaign: 'Jo Park',
} as const;

export const DEMO_RETURNING_CUSTOMER = { name: 'Alex Returning', email: 'alex@example.com' } as const;

/**
 * On first start with no Stripe account and no data, seeds a demo campaign, its referrers and
 * codes (one per verdict a cashier can meet), all marked demo so they can be removed in one go.
 */
export async function seedDemoIfEmpty(db: PosDb, now: number, randomBytes: RandomBytes = cryptoRandomBytes): Promise<boolean> {
  // checked inside the write transaction, so two windows starting together seed once
  return db.transaction('rw', [db.campaigns, db.referrers, db.codes, db.customers, db.settings], async () => {
    const empty = (await db.campaigns.count()) === 0;
    if (!empty || (await getSetting<boolean>(db, SETTING.demoRemoved))) return false;
    await seedDemo(db, now, randomBytes);
    return true;
  });
}

async function seedDemo(db: PosDb, now: number, randomBytes: RandomBytes): Promise<void> {
  const rules: CodeRules = { firstTimeOnly: true, maxRedemptions: 5, expiresAt: now + 365 * DAY, minimumOrder: 2000 };
  const shop = demoCampaign('Demo — Friends of the shop', { kind: 'percent_off', percentOffBasisPoints: 1000 }, rules, now);
  const gym = demoCampaign('Demo — Gym buddies', { kind: 'amount_off', amountOff: 1500 }, rules, now);
  const shopPeople = [DEMO_STORIES.valid, DEMO_STORIES.exhausted, DEMO_STORIES.expired, DEMO_STORIES.deactivated];
  const shopReferrers = shopPeople.map((name) => demoReferrer(name, shop.id, now));
  const gymReferrers = [demoReferrer(DEMO_STORIES.otherCampaign, gym.id, now)];
  const marco = demoReferrer(DEMO_STORIES.vanity, shop.id, now);
  await db.campaigns.bulkAdd([shop, gym]);
  await db.referrers.bulkAdd([...shopReferrers, ...gymReferrers, marco]);
  await db.codes.add(vanityCode('MARCO10', shop, marco, { timesRedeemed: 2 }, now));
  const shopCodes = await generateCodesForReferrers(db, shop, shopReferrers, { now, randomBytes, isDemo: true });
  await generateCodesForReferrers(db, gym, gymReferrers, { now, randomBytes, isDemo: true });
  await giveStories(db, shopCodes, shopReferrers, now);
  await db.customers.add(returningCustomer(now));
  await putSetting(db, SETTING.activeCampaignId, shop.id);
}

async function giveStories(db: PosDb, codes: ReferralCode[], referrers: Referrer[], now: number): Promise<void> {
  const codeOf = (name: string) => codes.find((c) => c.referrerId === referrers.find((r) => r.name === name)?.id)!;
  await db.codes.update(codeOf(DEMO_STORIES.exhausted).code, { timesRedeemed: 5 });
  const expired = codeOf(DEMO_STORIES.expired);
  await db.codes.update(expired.code, { rules: { ...expired.rules, expiresAt: now - 7 * DAY } });
  await db.codes.update(codeOf(DEMO_STORIES.deactivated).code, { active: false });
}

function demoCampaign(name: string, reward: Campaign['reward'], rules: CodeRules, now: number): Campaign {
  return { id: uuidv7(), name, currency: 'USD', reward, defaultRules: rules, codePrefix: null, isDemo: true, createdAt: now };
}

function demoReferrer(name: string, campaignId: string, now: number): Referrer {
  const email = `${name.split(' ')[0]!.toLowerCase()}@demo.example`;
  return { id: uuidv7(), campaignId, name, email, phone: null, isDemo: true, createdAt: now };
}

function vanityCode(code: string, campaign: Campaign, referrer: Referrer, counts: { timesRedeemed: number }, now: number): ReferralCode {
  return {
    code,
    kind: 'vanity',
    campaignId: campaign.id,
    referrerId: referrer.id,
    active: true,
    rules: { ...campaign.defaultRules },
    timesRedeemed: counts.timesRedeemed,
    pendingRedemptions: 0,
    isDemo: true,
    createdAt: now,
  };
}

function returningCustomer(now: number): Customer {
  const { name, email } = DEMO_RETURNING_CUSTOMER;
  return { id: uuidv7(), name, email, phone: null, emailKey: email, phoneKey: null, orderCount: 1, isDemo: true, createdAt: now };
}

/**
 * Removes every demo record, the sales recorded against demo codes with their leads, customers
 * and queued sync entries, and remembers that the user did so (the demo never comes back by itself).
 */
export async function removeDemoData(db: PosDb): Promise<void> {
  const tables = [db.campaigns, db.referrers, db.codes, db.customers, db.leads, db.redemptions, db.outbox, db.settings];
  await db.transaction('rw', tables, async () => {
    const campaignIds = new Set((await db.campaigns.filter((c) => c.isDemo).toArray()).map((c) => c.id));
    const inDemo = (r: { campaignId: string }) => campaignIds.has(r.campaignId);
    const leads = await db.leads.filter(inDemo).toArray();
    const redemptionIds = (await db.redemptions.filter(inDemo).toArray()).map((r) => r.id);
    const customerIds = new Set(leads.map((l) => l.customerId));
    const realLeads = await db.leads.filter((l) => !inDemo(l) && customerIds.has(l.customerId)).toArray();
    realLeads.forEach((l) => customerIds.delete(l.customerId));
    const demoCustomers = await db.customers.filter((c) => c.isDemo).primaryKeys();
    await db.outbox.where('recordId').anyOf([...redemptionIds, ...customerIds]).delete();
    await db.redemptions.bulkDelete(redemptionIds);
    await db.leads.bulkDelete(leads.map((l) => l.id));
    await db.customers.bulkDelete([...customerIds, ...demoCustomers]);
    const referrerIds = await db.referrers.where('campaignId').anyOf([...campaignIds]).primaryKeys();
    await db.codes.where('referrerId').anyOf(referrerIds).delete();
    await db.referrers.bulkDelete(referrerIds);
    await db.campaigns.bulkDelete([...campaignIds]);
    await putSetting(db, SETTING.demoRemoved, true);
    await db.settings.delete(SETTING.activeCampaignId);
  });
}
