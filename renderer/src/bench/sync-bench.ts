import { uuidv7 } from 'uuidv7';
import type { PosDb } from '../db/pos-db';
import { generateCodesForReferrers } from '../db/repos/code-generator';
import { queueCoupon } from '../db/repos/outbox-queue';
import { recordRedemption } from '../db/repos/redemption-recorder';
import { getPosApi } from '../platform/api';
import { countWaiting } from '../sync/outbox';
import { SyncRunner } from '../sync/sync-runner';
import { benchCampaign, benchReferrer, freshDb } from './bench-fixtures';

/**
 * Queues `sales` sales (with their new customers, on one campaign's codes), lets the catalog reach
 * Stripe first, then drains the sales through the real sync engine, bridge and gateway.
 */
export async function syncDrain(sales: number): Promise<{ sales: number; startedAt: number; endedAt: number; seconds: number }> {
  const db = await freshDb('bench-sync');
  // every buyer is new, and the codes have no limit: each sale is accepted and synced
  const campaign = benchCampaign({ maxRedemptions: null });
  const referrers = Array.from({ length: 10 }, (_, i) => benchReferrer(campaign.id, i));
  await db.transaction('rw', db.campaigns, db.referrers, db.outbox, async () => {
    await db.campaigns.add(campaign);
    await queueCoupon(db, campaign, Date.now());
    await db.referrers.bulkAdd(referrers);
  });
  const codes = await generateCodesForReferrers(db, campaign, referrers, { now: Date.now() });
  // the engine's own settings: the figure is the app's
  const runner = new SyncRunner({ db, api: getPosApi(), deviceId: 'bench' });
  await drainAll(db, runner);
  for (let i = 0; i < sales; i++) {
    const email = `bench-${i}-${uuidv7().slice(-6)}@example.com`;
    const lead = { name: `Buyer ${i}`, email, phone: null, emailKey: email, phoneKey: null };
    const draft = { code: codes[i % codes.length]!.code, activeCampaignId: campaign.id, orderAmount: 2_500 + i, lead, consentGiven: true };
    await recordRedemption(db, draft, { now: Date.now(), deviceId: 'bench', online: true, actor: 'bench' });
  }
  const startedAt = Date.now();
  await drainAll(db, runner);
  const endedAt = Date.now();
  db.close();
  return { sales, startedAt, endedAt, seconds: (endedAt - startedAt) / 1000 };
}

async function drainAll(db: PosDb, runner: SyncRunner): Promise<void> {
  for (let round = 0; (await countWaiting(db)) > 0; round++) {
    if (round === 200) throw new Error('the outbox did not drain');
    await runner.drain();
  }
}

