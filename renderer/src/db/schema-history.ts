/**
 * Every schema version the app has shipped, oldest first. Append-only: a shipped entry is never
 * edited; a change is a new entry with its upgrade in migrations/vN-*.ts. Tests open a database
 * created at each earlier version with the current code.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      campaigns: 'id',
      referrers: 'id, campaignId',
      codes: 'code, referrerId, campaignId',
      customers: 'id, emailKey, phoneKey',
      leads: 'id, customerId, code',
      redemptions: 'id, code, leadId',
      outbox: 'id, state, recordId',
      settings: 'key',
      audit: 'id',
    },
  },
  {
    // Every index costs each of a 100,000-code import's writes; a campaign's codes are found
    // through its referrers (referrers.campaignId, then codes.referrerId) instead.
    version: 2,
    stores: { codes: 'code, referrerId' },
  },
];
