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
  /** "qualify when referral code is used": a paid sale qualifies its lead at once */
  qualifyWhenCodeUsed: boolean;
  /** the campaign's coupon, once synced */
  stripeCouponId: string | null;
  /** referral link printed beside the code (cards, QR codes), `{code}` marking the code, e.g. https://example.shop/r/{code}; null: codes only */
  linkTemplate: string | null;
  /** "generate a referral code when a referrer is added" */
  generateCodeOnAdd: boolean;
  isDemo: boolean;
  createdAt: number;
}

/** Where a referrer came from: typed in, imported from a CSV file, or a Stripe customer. */
export type ReferrerSource = 'manual' | 'csv' | 'stripe' | 'demo';

export interface Referrer {
  id: string;
  campaignId: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** a deactivated referrer keeps its history; its codes stop working */
  active: boolean;
  source: ReferrerSource;
  /** the Stripe customer it was synced from, if any */
  stripeCustomerId: string | null;
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
  /** the promotion code, once synced */
  stripePromotionCodeId: string | null;
  /** the outbox entry that creates this code in Stripe (its key derives from it); null: local only */
  syncEntryId: string | null;
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
  /** once synced, or when learned from Stripe */
  stripeCustomerId: string | null;
  isDemo: boolean;
  createdAt: number;
}

export type ConsentMethod = 'checkbox' | 'verbal';

export type LeadStatus = 'pending' | 'qualified' | 'disqualified';

/** Where a lead was captured: at the counter, by the customer at a kiosk, by phone, or from an uploaded file. */
export type LeadSource = 'counter' | 'kiosk' | 'phone' | 'upload';

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
  /** why the lead has its status, in words a manager reads on screen */
  statusReason: string;
  source: LeadSource;
  /** free text, e.g. a phone rep's note on the call */
  note: string | null;
  createdAt: number;
  deviceId: string;
}

export type RedemptionStatus = 'awaiting_payment' | 'paid' | 'partially_refunded' | 'refunded' | 'voided';

/** How the customer pays: card on the reader (online only), cash, or later on Stripe's pay page. */
export type Tender = 'card' | 'cash' | 'pay_later';

export interface SalePayment {
  tender: Tender;
  /** what the customer owes: the order less the referral discount (minor units) */
  amountDue: number;
  /** cash: what the customer handed over, and the change given back */
  cashTendered: number | null;
  changeDue: number | null;
  /** card: the one PaymentIntent of this sale, reused on every attempt */
  paymentIntentId: string | null;
  cardBrand: string | null;
  /** null while unpaid (pay later) */
  paidAt: number | null;
}

export type RefundReason = 'requested_by_customer' | 'duplicate' | 'fraudulent';

/** Money given back on a paid sale: through Stripe for a card, from the till for cash. */
export interface Refund {
  id: string;
  redemptionId: string;
  tender: Tender;
  amount: number;
  reason: RefundReason;
  createdAt: number;
  actor: string;
  /** once Stripe holds it: the card refund, or the credit note of a cash refund */
  stripeRefundId: string | null;
}

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
  /** the Stripe invoice that records the sale, once synced */
  stripeInvoiceId: string | null;
  /**
   * true when a manager kept the discount after Stripe refused the code: the sale reaches Stripe
   * without the promotion code, the discount as a plain line
   */
  manualDiscount: boolean;
  /** null until a tender is chosen */
  payment: SalePayment | null;
  /** Stripe's pay page for this sale's invoice (pay later), once synced */
  hostedInvoiceUrl: string | null;
  refundedAmount: number;
  createdAt: number;
  deviceId: string;
}

// The outbox and its conflicts have their own module; re-exported so records stay one import.
export type { Conflict, ConflictAction, OutboxEntry, OutboxKind, OutboxState, SyncFailure } from '../sync/outbox-records';

export interface AuditEntry {
  id: string;
  at: number;
  actor: string;
  deviceId: string;
  online: boolean;
  action: string;
  details: Record<string, string | number | boolean | null>;
}

export type StaffRole = 'manager' | 'staff';

/** Someone who signs in at this device with a PIN. */
export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
  /** the PIN through a slow key-derivation function, never the PIN itself */
  pin: { kdf: 'PBKDF2-SHA256'; iterations: number; salt: string; hash: string };
  failedAttempts: number;
  /** sign-in refused until then after repeated failures; null: not locked */
  lockedUntil: number | null;
  active: boolean;
  createdAt: number;
}

/** A CSV file a manager uploaded (converted customers, referrers) and what each row did. */
export interface Upload {
  id: string;
  kind: 'converted_customers' | 'referrers';
  fileName: string;
  /** SHA-256 of the file's bytes: the same file uploaded twice is recognised */
  fileHash: string;
  rowCount: number;
  /** counts of row outcomes, e.g. { qualified: 10, rejected: 2, unchanged: 3 } */
  outcomes: Record<string, number>;
  createdAt: number;
  actor: string;
}

/** Long work that can be cancelled and resumed, e.g. generating codes for every referrer without one. */
export interface Job {
  id: string;
  kind: 'generate_codes' | 'sync_stripe_customers' | 'upload_converted';
  campaignId: string;
  /** the file an upload job reads (its hash is the cursor: the same bytes finish it) */
  fileName?: string;
  state: 'running' | 'paused' | 'done' | 'canceled';
  total: number;
  done: number;
  /** where a resumed job carries on: the last referrer handled, a Stripe pagination cursor */
  cursor: string | null;
  createdAt: number;
  updatedAt: number;
}

/** One print run of referral code cards: which codes it holds, so it can be reprinted or voided if the cards are lost. */
export interface CardBatch {
  id: string;
  /** 1, 2, 3… on this device; printed in every card's serial (B7-0042) */
  number: number;
  campaignId: string;
  /** the codes in print order: position n is the card with serial B<number>-n */
  codes: string[];
  template: 'business_card' | 'a6_flyer';
  sheet: 'a4' | 'letter';
  /** a label for the event, e.g. "Spring fair staff" */
  label: string;
  status: 'active' | 'voided';
  createdAt: number;
  voidedAt: number | null;
  actor: string;
  /** SHA-256 of the event staff list it was made from: the same file again opens this run, not a second one */
  sourceFileHash?: string;
}

export interface Setting {
  key: string;
  value: unknown;
}
