import { uuidv7 } from 'uuidv7';
import type { Conflict, ConflictAction } from '../../../shared/domain/records';
import { newOutboxEntry } from '../../../shared/sync/outbox-entry';
import type { PosDb } from '../db/pos-db';

export class ConflictActionRefusedError extends Error {
  constructor(conflict: Conflict, action: ConflictAction) {
    super(`“${action}” is not one of the ways to settle this conflict (${conflict.actions.join(', ')}).`);
    this.name = 'ConflictActionRefusedError';
  }
}

/**
 * A manager settles a conflict. Every choice is written with an audit line, in one transaction:
 * - retry: send again as it is (after fixing the cause in Stripe);
 * - manual_discount: the sale goes to Stripe without the promotion code, the discount as a plain
 *   line (under a new idempotency key: the refused request must not be replayed);
 * - void: the sale is cancelled and never sent.
 */
export interface Settler {
  actor: string;
  deviceId: string;
}

export async function resolveConflict(db: PosDb, conflictId: string, action: ConflictAction, by: Settler, now: number): Promise<void> {
  await db.transaction('rw', [db.conflicts, db.outbox, db.redemptions, db.codes, db.audit], async () => {
    const conflict = await db.conflicts.get(conflictId);
    if (!conflict || conflict.resolution) throw new Error('This conflict is already settled.');
    if (!conflict.actions.includes(action)) throw new ConflictActionRefusedError(conflict, action);
    const entry = await db.outbox.get(conflict.entryId);
    if (action === 'retry') await retry(db, conflict, now);
    else {
      const redemption = await db.redemptions.get(conflict.recordId);
      if (entry) await db.outbox.update(entry.id, { state: 'cancelled' });
      if (redemption) {
        await releasePendingUse(db, redemption.code);
        if (action === 'void') await db.redemptions.update(redemption.id, { status: 'voided' });
        else {
          await db.redemptions.update(redemption.id, { manualDiscount: true });
          await db.outbox.add(newOutboxEntry(uuidv7(), 'sale.record', redemption.id, entry?.dependsOn ?? [], now));
        }
      }
    }
    await db.conflicts.update(conflict.id, { resolution: { action, at: now, actor: by.actor } });
    await db.audit.add({
      id: uuidv7(), at: now, actor: by.actor, deviceId: by.deviceId, online: navigatorOnline(), action: `conflict.${action}`,
      details: { conflictId: conflict.id, kind: conflict.kind, recordId: conflict.recordId, stripeMessage: conflict.failure.message },
    });
  });
}

async function retry(db: PosDb, conflict: Conflict, now: number): Promise<void> {
  const entry = await db.outbox.get(conflict.entryId);
  if (!entry) return;
  if (entry.kind === 'sale.record' || entry.kind === 'checkout.create') {
    // a refused sale may have left a deleted draft under the old keys, and a refused payment link's
    // answer is kept under its key: send it afresh
    await db.outbox.update(entry.id, { state: 'cancelled' });
    await db.outbox.add(newOutboxEntry(uuidv7(), entry.kind, entry.recordId, entry.dependsOn, now));
    return;
  }
  if (entry.recordId === conflict.recordId) {
    await db.outbox.update(entry.id, { state: 'pending', nextAttemptAt: now });
    return;
  }
  // one code of a batch: a batch of one, whose key still derives from the code's original batch
  await db.outbox.add(newOutboxEntry(uuidv7(), 'promotion_code.create', uuidv7(), [], now, [conflict.recordId]));
}

async function releasePendingUse(db: PosDb, code: string): Promise<void> {
  const stored = await db.codes.get(code);
  if (stored) await db.codes.update(code, { pendingRedemptions: Math.max(0, stored.pendingRedemptions - 1) });
}

function navigatorOnline(): boolean {
  return typeof navigator === 'undefined' ? true : navigator.onLine;
}
