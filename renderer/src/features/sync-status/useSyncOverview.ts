import { useLiveQuery } from 'dexie-react-hooks';
import { displayCode } from '../../../../shared/domain/code-format';
import { formatMoney } from '../../../../shared/domain/money';
import type { Conflict, OutboxEntry, OutboxKind } from '../../../../shared/domain/records';
import { db } from '../../db/db';

export interface ConflictView {
  conflict: Conflict;
  /** what the record is, in a manager's words */
  title: string;
}

export interface SyncOverview {
  pendingByKind: Partial<Record<OutboxKind, number>>;
  pending: number;
  done: number;
  /** entries that failed at least once and still wait: what is being retried */
  retrying: OutboxEntry[];
  conflicts: ConflictView[];
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
      conflicts: await Promise.all(conflicts.map(async (conflict) => ({ conflict, title: await titleOf(conflict) }))),
    };
  });
}

async function titleOf(conflict: Conflict): Promise<string> {
  if (conflict.kind === 'sale.record') {
    const sale = await db.redemptions.get(conflict.recordId);
    if (!sale) return 'a sale no longer on this device';
    const [lead, code] = await Promise.all([db.leads.get(sale.leadId), db.codes.get(sale.code)]);
    const shown = code ? displayCode(code.code, code.kind) : sale.code;
    return `to ${lead?.name ?? 'a customer'}, ${formatMoney(sale.orderAmount, sale.currency)} with ${shown}, ${new Date(sale.createdAt).toLocaleString()}`;
  }
  if (conflict.kind === 'checkout.create') {
    const link = await db.checkouts.get(conflict.recordId);
    if (!link) return 'a payment link no longer on this device';
    const [lead, code] = await Promise.all([db.leads.get(link.leadId), db.codes.get(link.code)]);
    const shown = code ? displayCode(code.code, code.kind) : link.code;
    return `for ${lead?.name ?? 'a caller'}, ${formatMoney(link.orderAmount, link.currency)} with ${shown}, ${new Date(link.createdAt).toLocaleString()}`;
  }
  if (conflict.kind === 'customer.create') return (await db.customers.get(conflict.recordId))?.name ?? 'a customer no longer on this device';
  if (conflict.kind === 'coupon.create' || conflict.kind === 'coupon.update') return (await db.campaigns.get(conflict.recordId))?.name ?? 'a removed campaign';
  const code = await db.codes.get(conflict.recordId);
  return code ? displayCode(code.code, code.kind) : conflict.recordId;
}
