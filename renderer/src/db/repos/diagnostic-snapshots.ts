import type { CodeSnapshot, LeadSnapshot, ReferrerSnapshot, StripeConnection, SyncTrail } from '../../../../shared/domain/diagnostics';
import type { ReferralCode } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';

/*
 * The real state a diagnostic walks its checklist against, read in one transaction so that the
 * items agree with each other. Every read goes through an index (ids, leadId, customerId, code,
 * recordId, entryId).
 */

const TABLES = (db: PosDb) => [db.leads, db.campaigns, db.codes, db.redemptions, db.outbox, db.conflicts, db.referrers];

/** The outbox entries of these records and of these codes' creation, and every conflict on them. */
async function trailOf(db: PosDb, recordIds: string[], codes: readonly ReferralCode[]): Promise<SyncTrail> {
  const creationIds = codes.map((c) => c.syncEntryId).filter((id): id is string => id !== null);
  const ids = [...recordIds, ...codes.map((c) => c.code)];
  const [byRecord, creations, conflicts] = await Promise.all([
    ids.length ? db.outbox.where('recordId').anyOf(ids).toArray() : [],
    db.outbox.bulkGet(creationIds),
    ids.length ? db.conflicts.where('recordId').anyOf(ids).toArray() : [],
  ]);
  const entries = [...byRecord, ...creations.filter((e) => e !== undefined)];
  return { entries, conflicts };
}

/** undefined: no such lead on this device. */
export async function loadLeadSnapshot(db: PosDb, leadId: string, stripe: StripeConnection): Promise<LeadSnapshot | undefined> {
  return db.transaction('r', TABLES(db), async () => {
    const lead = await db.leads.get(leadId);
    if (!lead) return undefined;
    const code = await db.codes.get(lead.code);
    const [campaign, codeCampaign] = await db.campaigns.bulkGet([lead.campaignId, code?.campaignId ?? lead.campaignId]);
    const customerLeads = await db.leads.where('customerId').equals(lead.customerId).primaryKeys();
    const [codeRedemptions, customerRedemptions] = await Promise.all([
      db.redemptions.where('code').equals(lead.code).toArray(),
      db.redemptions.where('leadId').anyOf(customerLeads).toArray(),
    ]);
    const own = codeRedemptions.filter((r) => r.leadId === lead.id).map((r) => r.id);
    const sync = await trailOf(db, own, code ? [code] : []);
    return { stripe, lead, campaign, code, codeCampaign, codeRedemptions, customerRedemptions, sync };
  });
}

/** undefined: no such code on this device. */
export async function loadCodeSnapshot(db: PosDb, code: string, activeCampaignId: string | undefined, stripe: StripeConnection, now: number): Promise<CodeSnapshot | undefined> {
  return db.transaction('r', TABLES(db), async () => {
    const found = await db.codes.get(code);
    if (!found) return undefined;
    const [campaign, codeCampaign] = await db.campaigns.bulkGet([activeCampaignId ?? found.campaignId, found.campaignId]);
    return { stripe, code: found, campaign, codeCampaign, sync: await trailOf(db, [], [found]), now };
  });
}

/** undefined: no such referrer on this device. */
export async function loadReferrerSnapshot(db: PosDb, referrerId: string, stripe: StripeConnection): Promise<ReferrerSnapshot | undefined> {
  return db.transaction('r', TABLES(db), async () => {
    const referrer = await db.referrers.get(referrerId);
    if (!referrer) return undefined;
    const [campaign, codes] = await Promise.all([db.campaigns.get(referrer.campaignId), db.codes.where('referrerId').equals(referrer.id).toArray()]);
    return { stripe, referrer, campaign, codes, sync: await trailOf(db, [], codes) };
  });
}
