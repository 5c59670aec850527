/**
 * Records the app stores locally (IndexedDB) and syncs to Stripe.
 * Times are epoch milliseconds; money is integer minor units of the campaign currency.
 * Every record that syncs has a client-generated, time-sortable id (UUID v7).
 */

/** The reward a campaign's Stripe coupon gives. */
export type Reward =
  | { kind: 'percent_off'; /** hundredths of a percent: 10% = 1000 */ percentOffBasisPoints: number }
  | { kind: 'amount_off'; /** minor units of the campaign currency */ amountOff: number };

/** Redemption rules carried by a referral code (Stripe promotion code restrictions). */
export interface CodeRules {
  firstTimeOnly: boolean;
  /** null: unlimited */
  maxRedemptions: number | null;
  /** null: never expires */
  expiresAt: number | null;
  /** minor units of the campaign currency; null: no minimum */
  minimumOrder: number | null;
}

export interface Campaign {
  id: string;
  name: string;
  /** ISO 4217, upper case */
  currency: string;
  reward: Reward;
  defaultRules: CodeRules;
  /** Optional prefix for generated codes, upper-case A-Z and 0-9 */
  codePrefix: string | null;
  isDemo: boolean;
  createdAt: number;
}

export interface Referrer {
  id: string;
  campaignId: string;
  name: string;
  email: string | null;
  phone: string | null;
  isDemo: boolean;
  createdAt: number;
}

export type CodeKind = 'generated' | 'vanity';

export interface ReferralCode {
  /** canonical form: upper case, no separators (what Stripe receives) */
  code: string;
  kind: CodeKind;
  campaignId: string;
  referrerId: string;
  active: boolean;
  rules: CodeRules;
  /** redemptions Stripe has counted, as of the last sync */
  timesRedeemed: number;
  /** redemptions recorded here that have not reached Stripe yet */
  pendingRedemptions: number;
  isDemo: boolean;
  createdAt: number;
}

/** A person who bought: used for the first-time-order rule. */
export interface Customer {
  id: string;
  name: string;
  /** normalized (see contact.ts) */
  emailKey: string | null;
  /** normalized (see contact.ts) */
  phoneKey: string | null;
  email: string | null;
  phone: string | null;
  /** number of orders known (local and synced) */
  orderCount: number;
  isDemo: boolean;
  createdAt: number;
}

export type ConsentMethod = 'checkbox' | 'verbal';

export type LeadStatus = 'pending' | 'qualified' | 'disqualified';

export interface Lead {
  id: string;
  campaignId: string;
  referrerId: string;
  code: string;
  customerId: string;
  name: string;
  email: string | null;
  phone: string | null;
  consent: { method: ConsentMethod; at: number };
  status: LeadStatus;
  createdAt: number;
  deviceId: string;
}

export type RedemptionStatus = 'awaiting_payment' | 'paid' | 'voided';

export interface Redemption {
  id: string;
  code: string;
  campaignId: string;
  referrerId: string;
  leadId: string;
  customerId: string;
  currency: string;
  orderAmount: number;
  discountAmount: number;
  status: RedemptionStatus;
  /** true while the first-time check used only what this device knew */
  provisional: boolean;
  createdAt: number;
  deviceId: string;
}

export type OutboxKind = 'customer.create' | 'sale.record';

export type OutboxState = 'pending' | 'done' | 'conflict';

export interface OutboxEntry {
  /** UUID v7; also the Stripe idempotency key, fixed before the first send */
  id: string;
  kind: OutboxKind;
  /** id of the record this entry syncs */
  recordId: string;
  /** outbox entry ids that must be done first */
  dependsOn: string[];
  state: OutboxState;
  attempts: number;
  createdAt: number;
}

export interface AuditEntry {
  id: string;
  at: number;
  actor: string;
  deviceId: string;
  online: boolean;
  action: string;
  details: Record<string, string | number | boolean | null>;
}

export interface Setting {
  key: string;
  value: unknown;
}
