import type { Transaction } from 'dexie';
import { upgradeToStripeSync } from './migrations/v3-stripe-sync';
import { upgradeToPayments } from './migrations/v4-payments';
import { upgradeToManager } from './migrations/v5-manager';

/**
 * Every schema version the app has shipped, oldest first. Append-only: a shipped entry is never
 * edited; a change is a new entry with its upgrade in migrations/vN-*.ts. Tests open a database
 * created at each earlier version with the current code.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
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
  {
    // Stripe sync: the runner asks for pending entries due now; conflicts await a manager.
    version: 3,
    stores: { outbox: 'id, state, recordId, [state+nextAttemptAt]', conflicts: 'id, entryId, recordId' },
    upgrade: upgradeToStripeSync,
  },
  {
    // payments: a sale learns its tender; refunds are their own records
    version: 4,
    stores: { refunds: 'id, redemptionId' },
    upgrade: upgradeToPayments,
  },
  {
    // the manager side: staff who sign in, uploaded files (recognised by hash), resumable jobs,
    // the audit log read newest first, referrers found by the Stripe customer they came from
    version: 5,
    stores: {
      staff: 'id',
      uploads: 'id, fileHash',
      jobs: 'id, kind',
      audit: 'id, at',
      referrers: 'id, campaignId, stripeCustomerId',
    },
    upgrade: upgradeToManager,
  },
  {
    // print runs of referral code cards, found by number and by campaign
    version: 6,
    stores: { cardBatches: 'id, &number, campaignId' },
  },
  {
    // a phone rep's payment links (Checkout Sessions), read by id only; a new table needs no upgrade.
    version: 7,
    stores: { checkouts: 'id' },
  },
];
