import { useLiveQuery } from 'dexie-react-hooks';
import type { Conflict, OutboxEntry, OutboxKind } from '../../../../shared/domain/records';
import { db } from '../../db/db';

export interface SyncOverview {
  pendingByKind: Partial<Record<OutboxKind, number>>;
  pending: number;
  done: number;
  /** entries that failed at least once and still wait: what is being retried */
  retrying: OutboxEntry[];
  conflicts: Conflict[];
}

/** What the sync status screen shows, read live from the outbox. */
export function useSyncOverview(): SyncOverview | undefined {
  return useLiveQuery(async () => {
    const pendingEntries = await db.outbox.where('state').equals('pending').toArray();
    const pendingByKind: Partial<Record<OutboxKind, number>> = {};
    for (const e of pendingEntries) pendingByKind[e.kind] = (pendingByKind[e.kind] ?? 0) + 1;
    const conflicts = (await db.conflicts.toArray()).filter((c) => c.resolution === null);
    return {
      pendingByKind,
      pending: pendingEntries.length,
      done: await db.outbox.where('state').equals('done').count(),
      retrying: pendingEntries.filter((e) => e.lastFailure !== null).slice(0, 20),
      conflicts,
    };
  });
}
