import { describe, expect, it } from 'vitest';
import { DEMO_STORIES, seedDemoIfEmpty } from '../../../renderer/src/db/demo-seed';
import { loadCodeSnapshot, loadLeadSnapshot, loadReferrerSnapshot } from '../../../renderer/src/db/repos/diagnostic-snapshots';
import { loadPerformanceRecords } from '../../../renderer/src/db/repos/performance-records';
import { recordRedemption } from '../../../renderer/src/db/repos/redemption-recorder';
import { recordConflict } from '../../../renderer/src/sync/outbox';
import { lastDays } from '../../../shared/domain/date-range';
import { diagnoseCode, diagnoseLead, diagnoseReferrer, type CheckItem } from '../../../shared/domain/diagnostics';
import { computePerformance } from '../../../shared/domain/performance';
import { stripeRefusal } from '../../fixtures/record-builders';
import { freshDb, NOW, referrer } from './store-fixture';

const SANDBOX = { mode: 'sandbox', connected: false } as const;

function status(items: CheckItem[], id: CheckItem['id']) {
  return items.find((i) => i.id === id)?.status;
}

async function demo() {
  const db = freshDb();
  await seedDemoIfEmpty(db, NOW);
  const [shop, gym] = (await db.campaigns.toArray()).sort((a, b) => a.name.localeCompare(b.name));
  const people = await db.referrers.toArray();
  const codeOf = async (name: string) => (await db.codes.where('referrerId').equals(people.find((p) => p.name === name)!.id).first())!;
  return { db, shop: shop!, gym: gym!, codeOf };
}

describe('the records a diagnostic reads', () => {
  it('finds a sale just recorded unpaid and pending, then Stripe’s refusal once it is a conflict', async () => {
    const { db, shop, codeOf } = await demo();
    const dana = await codeOf(DEMO_STORIES.valid);
    const lead = { name: 'Una Unpaid', email: 'una@example.com', phone: null, emailKey: 'una@example.com', phoneKey: null };
    const { redemption, lead: recorded } = await recordRedemption(db, { code: dana.code, activeCampaignId: shop.id, orderAmount: 3000, lead, consentGiven: true }, { now: NOW, deviceId: 'd', online: true, actor: 'cashier' });

    const pending = diagnoseLead((await loadLeadSnapshot(db, recorded.id, SANDBOX))!);
    expect(pending.map((i) => [i.id, i.status])).toEqual([
      ['stripe_connected', 'fail'],
      ['qualify_on_use', 'pass'],
      ['code_of_campaign', 'pass'],
      ['code_rules_at_use', 'pass'],
      ['sale_paid', 'fail'],
      ['sale_in_stripe', 'fail'],
    ]);
    expect(pending.find((i) => i.id === 'sale_in_stripe')!.detail).toMatch(/^Sync pending/);

    const entry = (await db.outbox.where('recordId').equals(redemption.id).first())!;
    await recordConflict(db, entry, redemption.id, stripeRefusal('This promotion code cannot be redeemed because the associated customer has prior transactions.', 'promotion_code_invalid'), ['manual_discount', 'void', 'retry']);
    const refused = diagnoseLead((await loadLeadSnapshot(db, recorded.id, SANDBOX))!).find((i) => i.id === 'sale_in_stripe')!;
    expect(refused.detail).toContain('“This promotion code cannot be redeemed because the associated customer has prior transactions.”');
    expect(await loadLeadSnapshot(db, 'no-such-lead', SANDBOX)).toBeUndefined();
  });

  it('judges a code against the campaign the counter works in, and a referrer without a code', async () => {
    const { db, shop, gym, codeOf } = await demo();
    const jo = await codeOf(DEMO_STORIES.otherCampaign);
    expect(status(diagnoseCode((await loadCodeSnapshot(db, jo.code, shop.id, SANDBOX, NOW))!), 'code_of_campaign')).toBe('fail');
    expect(status(diagnoseCode((await loadCodeSnapshot(db, jo.code, gym.id, SANDBOX, NOW))!), 'code_of_campaign')).toBe('pass');
    const expired = await codeOf(DEMO_STORIES.expired);
    const local = diagnoseCode((await loadCodeSnapshot(db, expired.code, shop.id, SANDBOX, NOW))!);
    expect([status(local, 'code_rules_now'), status(local, 'code_in_stripe')]).toEqual(['fail', 'fail']);

    const newcomer = referrer(shop.id, { name: 'Nina New' });
    await db.referrers.add(newcomer);
    const items = diagnoseReferrer((await loadReferrerSnapshot(db, newcomer.id, SANDBOX))!);
    expect([status(items, 'generate_on_add'), status(items, 'code_generated'), status(items, 'code_in_stripe')]).toEqual(['fail', 'fail', 'unknown']);
  });

  it('reads one campaign’s records for its performance report, leaving the other campaign out', async () => {
    const { db, shop, gym } = await demo();
    const report = computePerformance({ campaignId: shop.id, ...(await loadPerformanceRecords(db, shop.id)), range: lastDays(NOW, 30), now: NOW });
    expect(report).toMatchObject({ referrers: 5, referrersWithCode: 5, leadsFromCodes: 7, redemptions: 7, qualifiedLeads: 0 });
    expect(report.codes).toHaveLength(5);
    const other = computePerformance({ campaignId: gym.id, ...(await loadPerformanceRecords(db, gym.id)), range: lastDays(NOW, 30), now: NOW });
    expect(other).toMatchObject({ referrers: 1, referrersWithCode: 1, leadsFromCodes: 0 });
  });
});
