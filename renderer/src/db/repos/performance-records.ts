import type { Lead, Redemption, ReferralCode, Referrer } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';

export interface PerformanceRecords {
  referrers: Referrer[];
  codes: ReferralCode[];
  leads: Lead[];
  redemptions: Redemption[];
}

/**
 * Everything the performance report of one campaign reads. Codes, leads and sales carry no
 * campaign index (every index slows a 100,000-code import), and walking the referrer index key by
 * key costs a cursor step per code, so each table is read whole with one bulk getAll and filtered
 * here: for a 100,000-code campaign that is the fastest read IndexedDB offers.
 */
export async function loadPerformanceRecords(db: PosDb, campaignId: string): Promise<PerformanceRecords> {
  return db.transaction('r', [db.referrers, db.codes, db.leads, db.redemptions], async () => {
    const [referrers, codes, leads, redemptions] = await Promise.all([
      db.referrers.where('campaignId').equals(campaignId).toArray(),
      db.codes.toArray(),
      db.leads.toArray(),
      db.redemptions.toArray(),
    ]);
    return {
      referrers,
      codes: codes.filter((c) => c.campaignId === campaignId),
      leads: leads.filter((l) => l.campaignId === campaignId),
      redemptions: redemptions.filter((r) => r.campaignId === campaignId),
    };
  });
}
