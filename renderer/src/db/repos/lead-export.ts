import { toCsv } from '../../../../shared/csv/csv-export';
import { displayCode } from '../../../../shared/domain/code-format';
import type { PosDb } from '../pos-db';

export const LEAD_EXPORT_HEADER = ['Captured at', 'Name', 'Email', 'Phone', 'Status', 'Reason', 'Source', 'Referral code', 'Referrer', 'Campaign', 'Note'] as const;

/**
 * Every lead on this device as CSV, oldest first, with its status and the reason for it, where it
 * came from, its code and referrer. Through toCsv, so a name typed as a formula stays text.
 */
export async function exportLeadsCsv(db: PosDb): Promise<{ csv: string; count: number }> {
  const [leads, referrers, campaigns] = await Promise.all([db.leads.toArray(), db.referrers.toArray(), db.campaigns.toArray()]);
  const referrerName = new Map(referrers.map((r) => [r.id, r.name]));
  const campaignName = new Map(campaigns.map((c) => [c.id, c.name]));
  const codes = new Map((await db.codes.bulkGet([...new Set(leads.map((l) => l.code))])).flatMap((c) => (c ? [[c.code, displayCode(c.code, c.kind)] as const] : [])));
  const rows = leads
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((l) => [
      new Date(l.createdAt).toISOString(),
      l.name,
      l.email,
      l.phone,
      l.status,
      l.statusReason,
      l.source,
      codes.get(l.code) ?? l.code,
      referrerName.get(l.referrerId) ?? null,
      campaignName.get(l.campaignId) ?? null,
      l.note,
    ]);
  return { csv: toCsv(LEAD_EXPORT_HEADER, rows), count: leads.length };
}
