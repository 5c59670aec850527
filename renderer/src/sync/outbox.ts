import Dexie from 'dexie';
import { uuidv7 } from 'uuidv7';
import type { Conflict, ConflictAction, OutboxEntry, SyncFailure } from '../../../shared/domain/records';
import { isReady } from '../../../shared/sync/outbox-entry';
import type { PosDb } from '../db/pos-db';

/** Pending entries whose backoff has passed and whose dependencies are done, oldest first. */
export async function dueEntries(db: PosDb, now: number, limit: number): Promise<OutboxEntry[]> {
  const candidates = await db.outbox
    .where('[state+nextAttemptAt]')
    .between(['pending', Dexie.minKey], ['pending', now], true, true)
    .limit(limit * 4)
    .toArray();
  const dependencyIds = [...new Set(candidates.flatMap((e) => e.dependsOn))];
  const found = await db.outbox.bulkGet(dependencyIds);
  const dependencies = new Map(dependencyIds.map((id, i) => [id, found[i]]));
  return candidates
    .filter((e) => isReady(e, dependencies, now))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Pending entries in all: what the connection badge shows. */
export function countWaiting(db: PosDb): Promise<number> {
  return db.outbox.where('state').equals('pending').count();
}

/**
 * Stripe acknowledged the entry: mark it done, together with what the record learned. Only once:
 * an entry someone already settled is left alone, so a count can never be applied twice.
 */
export async function markDone(db: PosDb, entry: OutboxEntry, now: number, writeBack: () => Promise<void>): Promise<void> {
  await db.transaction('rw', [db.outbox, db.campaigns, db.codes, db.customers, db.redemptions, db.refunds, db.checkouts, db.conflicts, db.audit], async () => {
    if ((await db.outbox.get(entry.id))?.state !== 'pending') return;
    await writeBack();
    await db.outbox.update(entry.id, { state: 'done', doneAt: now, lastFailure: null });
  });
}

/** A failure worth trying again later. */
export async function scheduleRetry(db: PosDb, entry: OutboxEntry, failure: SyncFailure, nextAttemptAt: number): Promise<void> {
  await db.outbox.update(entry.id, { attempts: entry.attempts + 1, lastFailure: failure, nextAttemptAt });
}

/** Stripe refused: the entry stops, the record stays, and a manager gets a conflict to decide. */
export async function recordConflict(db: PosDb, entry: OutboxEntry, recordId: string, failure: SyncFailure, actions: ConflictAction[]): Promise<Conflict> {
  const conflict: Conflict = { id: uuidv7(), entryId: entry.id, kind: entry.kind, recordId, failure, actions, createdAt: failure.at, resolution: null };
  await db.transaction('rw', db.outbox, db.conflicts, async () => {
    if ((await db.outbox.get(entry.id))?.state !== 'pending') return;
    const known = await db.conflicts.where('entryId').equals(entry.id).filter((c) => c.recordId === recordId && c.resolution === null).count();
    if (known > 0) return;
    await db.conflicts.add(conflict);
    if (recordId === entry.recordId) await db.outbox.update(entry.id, { state: 'conflict', attempts: entry.attempts + 1, lastFailure: failure });
  });
  return conflict;
}
