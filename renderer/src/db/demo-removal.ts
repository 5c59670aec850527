import type { PosDb } from './pos-db';
import { putSetting, SETTING } from './repos/settings-repo';

/**
 * Removes every demo record, the sales recorded against demo codes with their leads, customers
 * and queued sync entries, and remembers that the user did so (the demo never comes back by itself).
 */
export async function removeDemoData(db: PosDb): Promise<void> {
  const tables = [db.campaigns, db.referrers, db.codes, db.customers, db.leads, db.redemptions, db.outbox, db.conflicts, db.settings];
  await db.transaction('rw', tables, async () => {
    const campaignIds = new Set((await db.campaigns.filter((c) => c.isDemo).toArray()).map((c) => c.id));
    const inDemo = (r: { campaignId: string }) => campaignIds.has(r.campaignId);
    const leads = await db.leads.filter(inDemo).toArray();
    const redemptionIds = (await db.redemptions.filter(inDemo).toArray()).map((r) => r.id);
    const customerIds = new Set(leads.map((l) => l.customerId));
    const realLeads = await db.leads.filter((l) => !inDemo(l) && customerIds.has(l.customerId)).toArray();
    realLeads.forEach((l) => customerIds.delete(l.customerId));
    const demoCustomers = await db.customers.filter((c) => c.isDemo).primaryKeys();
    const referrerIds = await db.referrers.where('campaignId').anyOf([...campaignIds]).primaryKeys();
    const codes = await db.codes.where('referrerId').anyOf(referrerIds).toArray();
    const entries = await db.outbox
      .where('recordId')
      .anyOf([...campaignIds, ...redemptionIds, ...customerIds, ...codes.map((c) => c.code)])
      .primaryKeys();
    const batches = codes.map((c) => c.syncEntryId).filter((id): id is string => id !== null);
    await db.outbox.bulkDelete([...entries, ...batches]);
    await db.conflicts.where('entryId').anyOf([...entries, ...batches]).delete();
    await db.redemptions.bulkDelete(redemptionIds);
    await db.leads.bulkDelete(leads.map((l) => l.id));
    await db.customers.bulkDelete([...customerIds, ...demoCustomers]);
    await db.codes.bulkDelete(codes.map((c) => c.code));
    await db.referrers.bulkDelete(referrerIds);
    await db.campaigns.bulkDelete([...campaignIds]);
    await putSetting(db, SETTING.demoRemoved, true);
    await db.settings.delete(SETTING.activeCampaignId);
  });
}
