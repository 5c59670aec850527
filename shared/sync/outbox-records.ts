/**
 * The outbox: every change that must reach Stripe, written in the same transaction as the change,
 * and the conflicts Stripe's refusals become.
 */

export type OutboxKind =
  | 'coupon.create'
  /** a renamed campaign: its coupon's name and metadata */
  | 'coupon.update'
  | 'promotion_code.create'
  | 'promotion_code.deactivate'
  | 'customer.create'
  | 'sale.record'
  | 'sale.pay'
  | 'sale.void'
  /** cash given back: a credit note in Stripe */
  | 'refund.record'
  /** a phone rep's payment link: a Checkout Session carrying the referral code */
  | 'checkout.create';

/** cancelled: a manager decided it must not reach Stripe (e.g. a voided sale) */
export type OutboxState = 'pending' | 'done' | 'conflict' | 'cancelled';

/** Why the last send failed, kept for the sync status screen. */
export interface SyncFailure {
  at: number;
  kind: 'offline' | 'retry' | 'rejected_key' | 'conflict';
  code: string;
  message: string;
  stripe: {
    statusCode: number;
    type: string;
    code: string | null;
    declineCode: string | null;
    message: string;
    param: string | null;
    requestId: string | null;
  } | null;
}

export interface OutboxEntry {
  /** UUID v7; also the Stripe idempotency key, fixed before the first send */
  id: string;
  kind: OutboxKind;
  /** id of the record this entry syncs (for a batch: the batch's own id) */
  recordId: string;
  /** for entries that sync many records at once (codes of an import): their ids */
  batch: string[] | null;
  /** outbox entry ids that must be done first */
  dependsOn: string[];
  state: OutboxState;
  attempts: number;
  /** not sent again before this time (backoff) */
  nextAttemptAt: number;
  lastFailure: SyncFailure | null;
  doneAt: number | null;
  createdAt: number;
}

export type ConflictAction = 'manual_discount' | 'void' | 'retry';

/**
 * Stripe refused an entry: the record is kept, Stripe's reason shown, and a manager picks one of
 * the actions that make sense for its kind.
 */
export interface Conflict {
  id: string;
  entryId: string;
  kind: OutboxKind;
  recordId: string;
  failure: SyncFailure;
  actions: ConflictAction[];
  createdAt: number;
  resolution: { action: ConflictAction; at: number; actor: string } | null;
}
