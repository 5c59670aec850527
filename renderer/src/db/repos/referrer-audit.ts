import { uuidv7 } from 'uuidv7';
import type { AuditEntry } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';

/** Who did a manager action, where and when: every referrer change writes it into the audit log. */
export interface ActionContext {
  now: number;
  actor: string;
  deviceId: string;
  online: boolean;
}

/** Adds the audit line; call it inside the transaction of the change it records. */
export async function audit(db: PosDb, ctx: ActionContext, action: string, details: AuditEntry['details']): Promise<void> {
  await db.audit.add({ id: uuidv7(), at: ctx.now, actor: ctx.actor, deviceId: ctx.deviceId, online: ctx.online, action, details });
}
