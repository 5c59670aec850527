import { uuidv7 } from 'uuidv7';
import { actorLabel, type Actor } from '../../../../shared/domain/permissions';
import type { AuditEntry } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';

/**
 * The audit log is append-only: entries are added in the same transaction as what they record and
 * are never updated or deleted by any code path (there is deliberately no such function here).
 */

/** Where and when something happens on this device, and who does it. */
export interface ActorContext {
  now: number;
  deviceId: string;
  online: boolean;
  actor: Actor;
}

/** Where, when and who, the "who" already written as the audit log shows it (a person's label, 'kiosk', 'sync'). */
export interface LabelledContext {
  now: number;
  deviceId: string;
  online: boolean;
  actor: string;
}

/** The same as appendAudit for a caller that holds the label rather than the Actor. */
export async function appendAuditAs(db: PosDb, ctx: LabelledContext, action: string, details: AuditEntry['details'] = {}): Promise<void> {
  await db.audit.add({ id: uuidv7(), at: ctx.now, actor: ctx.actor, deviceId: ctx.deviceId, online: ctx.online, action, details });
}

/** Adds one entry; call inside the caller's transaction (which must include db.audit). */
export async function appendAudit(db: PosDb, ctx: ActorContext, action: string, details: AuditEntry['details'] = {}): Promise<void> {
  await db.audit.add({ id: uuidv7(), at: ctx.now, actor: actorLabel(ctx.actor), deviceId: ctx.deviceId, online: ctx.online, action, details });
}

export interface AuditFilter {
  /** part of the action, any case, e.g. "sale" or "staff.signed_in"; empty: all */
  action: string;
  /** part of who did it (name or id), any case; empty: everyone */
  actor: string;
}

export const AUDIT_PAGE_SIZE = 50;

function matching(db: PosDb, filter: AuditFilter) {
  const action = filter.action.trim().toLowerCase();
  const actor = filter.actor.trim().toLowerCase();
  // newest first through the `at` index; the filter runs while walking it, so a page stops early
  return db.audit
    .orderBy('at')
    .reverse()
    .filter((e) => (action === '' || e.action.toLowerCase().includes(action)) && (actor === '' || e.actor.toLowerCase().includes(actor)));
}

/** One page (0-based) of matching entries, newest first, and whether an older page follows. */
export async function auditPage(db: PosDb, filter: AuditFilter, page: number, pageSize: number = AUDIT_PAGE_SIZE): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
  const rows = await matching(db, filter)
    .offset(page * pageSize)
    .limit(pageSize + 1)
    .toArray();
  return { entries: rows.slice(0, pageSize), hasMore: rows.length > pageSize };
}

export const AUDIT_CSV_HEADER = ['at', 'actor', 'device', 'online', 'action', 'details'] as const;

/** Every matching entry as a CSV row, newest first (details as JSON in one cell). */
export async function auditRows(db: PosDb, filter: AuditFilter): Promise<(string | boolean)[][]> {
  const entries = await matching(db, filter).toArray();
  return entries.map((e) => [new Date(e.at).toISOString(), e.actor, e.deviceId, e.online, e.action, JSON.stringify(e.details)]);
}
