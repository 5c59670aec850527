import { uuidv7 } from 'uuidv7';
import type { AuditEntry } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { ensureDeviceId } from '../../db/repos/settings-repo';

/** A Stripe connection change in the audit log: which account and mode, never the key. */
export async function auditStripeConnection(action: 'stripe.connect' | 'stripe.connect_refused' | 'stripe.disconnect', details: AuditEntry['details']): Promise<void> {
  const deviceId = await ensureDeviceId(db);
  await db.audit.add({ id: uuidv7(), at: Date.now(), actor: 'manager', deviceId, online: navigator.onLine, action, details });
}
