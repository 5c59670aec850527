import { uuidv7 } from 'uuidv7';
import type { Campaign, CodeRules, Customer, ReferralCode, Referrer } from '../../../shared/domain/records';
import type { PosDb } from './pos-db';
import { cryptoRandomBytes, generateCodesForReferrers, type RandomBytes } from './repos/code-generator';
import { queueCodeBatch, queueCoupon, queueDeactivation } from './repos/outbox-queue';
import { recordRedemption } from './repos/redemption-recorder';
import { getSetting, putSetting, SETTING } from './repos/settings-repo';

export { removeDemoData } from './demo-removal';

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

/** The demo shop's referral link, printed on its cards' QR codes (example.com-style domain, reserved for documentation). */
export const DEMO_LINK_TEMPLATE = 'https://shop.example/r/{code}';

export const DEMO_RETURNING_CUSTOMER = { name: 'Alex Returning', email: 'alex@example.com' } as const;

/**
 * On first start with no Stripe account and no data, seeds a demo campaign, its referrers and
 * codes (one per verdict a cashier can meet), all marked demo so they can be removed in one go.
 * The demo syncs to the sandbox's Stripe like real data: its past sales are real sales there, so
 * "used 5 of 5" stays true after Stripe's counts come back.
 */
export async function seedDemoIfEmpty(db: PosDb, now: number, randomBytes: RandomBytes = cryptoRandomBytes): Promise<boolean> {
  const tables = [db.campaigns, db.referrers, db.codes, db.customers, db.leads, db.redemptions, db.outbox, db.audit, db.settings];
  // checked inside the write transaction, so two windows starting together seed once
  return db.transaction('rw', tables, async () => {
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
  const people = Object.fromEntries(
    Object.values(DEMO_STORIES).map((name) => [name, demoReferrer(name, name === DEMO_STORIES.otherCampaign ? gym.id : shop.id, now)]),
  ) as Record<string, Referrer>;
  const person = (name: string) => people[name]!;
  await db.campaigns.bulkAdd([shop, gym]);
  await Promise.all([queueCoupon(db, shop, now), queueCoupon(db, gym, now)]);
  await db.referrers.bulkAdd(Object.values(people));

  const generated = { now, randomBytes, isDemo: true };
  const shopCodes = await generateCodesForReferrers(db, shop, [DEMO_STORIES.valid, DEMO_STORIES.exhausted, DEMO_STORIES.deactivated].map(person), generated);
  await generateCodesForReferrers(db, gym, [person(DEMO_STORIES.otherCampaign)], generated);
  // Stripe cannot hold a code that expired before it was created: this one stays on this device.
  const [expired] = await generateCodesForReferrers(db, shop, [person(DEMO_STORIES.expired)], { ...generated, localOnly: true });
  await db.codes.update(expired!.code, { rules: { ...expired!.rules, expiresAt: now - 7 * DAY } });
  await addVanityCode(db, 'MARCO10', shop, person(DEMO_STORIES.vanity), now);

  const codeOf = (name: string) => shopCodes.find((c) => c.referrerId === person(name).id)!;
  const retired = codeOf(DEMO_STORIES.deactivated);
  await db.codes.update(retired.code, { active: false });
  await queueDeactivation(db, retired.code, retired.syncEntryId, now);
  await db.customers.add(returningCustomer(now));
  await pastSales(db, shop, codeOf(DEMO_STORIES.exhausted).code, 5, now);
  await pastSales(db, shop, 'MARCO10', 2, now);
  await putSetting(db, SETTING.activeCampaignId, shop.id);
}

async function addVanityCode(db: PosDb, code: string, campaign: Campaign, referrer: Referrer, now: number): Promise<void> {
  const syncEntryId = uuidv7();
  const vanity: ReferralCode = {
    code, kind: 'vanity', campaignId: campaign.id, referrerId: referrer.id, active: true, rules: { ...campaign.defaultRules },
    timesRedeemed: 0, pendingRedemptions: 0, stripePromotionCodeId: null, syncEntryId, isDemo: true, createdAt: now,
  };
  await db.codes.add(vanity);
  await queueCodeBatch(db, syncEntryId, campaign, [code], now);
}

/** Sales made with a demo code before the user arrived, by demo customers: they sync like any sale. */
async function pastSales(db: PosDb, campaign: Campaign, code: string, count: number, now: number): Promise<void> {
  for (let i = 1; i <= count; i++) {
    const email = `${code.toLowerCase()}-buyer-${i}@demo.example`;
    const lead = { name: `Demo buyer ${i} (${code})`, email, phone: null, emailKey: email, phoneKey: null };
    const draft = { code, activeCampaignId: campaign.id, orderAmount: 2500 + i * 500, lead, consentGiven: true };
    await recordRedemption(db, draft, { now: now - (count - i + 1) * DAY, deviceId: 'demo', online: false, actor: 'demo' });
  }
}

function demoCampaign(name: string, reward: Campaign['reward'], rules: CodeRules, now: number): Campaign {
  return { id: uuidv7(), name, currency: 'USD', reward, defaultRules: rules, codePrefix: null, qualifyWhenCodeUsed: true, stripeCouponId: null, linkTemplate: DEMO_LINK_TEMPLATE, generateCodeOnAdd: false, isDemo: true, createdAt: now };
}

function demoReferrer(name: string, campaignId: string, now: number): Referrer {
  const email = `${name.split(' ')[0]!.toLowerCase()}@demo.example`;
  return { id: uuidv7(), campaignId, name, email, phone: null, active: true, source: 'demo', stripeCustomerId: null, isDemo: true, createdAt: now };
}

function returningCustomer(now: number): Customer {
  const { name, email } = DEMO_RETURNING_CUSTOMER;
  return { id: uuidv7(), name, email, phone: null, emailKey: email, phoneKey: null, orderCount: 1, stripeCustomerId: null, isDemo: true, createdAt: now };
}
