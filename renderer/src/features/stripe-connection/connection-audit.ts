import { uuidv7 } from 'uuidv7';
import type { AuditEntry } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { ensureDeviceId, SETTING } from '../../db/repos/settings-repo';

type ConnectionAction = 'stripe.connect' | 'stripe.connect_refused' | 'stripe.disconnect';

/**
 * A Stripe connection change in the audit log: which account and mode, never the key. When the
 * account changed, the Events cursor goes in the same transaction: an event id of one account means
 * nothing in another, so the next pull reads the new account whole.
 */
export async function auditStripeConnection(action: ConnectionAction, details: AuditEntry['details']): Promise<void> {
  const deviceId = await ensureDeviceId(db);
  const entry: AuditEntry = { id: uuidv7(), at: Date.now(), actor: 'manager', deviceId, online: navigator.onLine, action, details };
  await db.transaction('rw', db.audit, db.settings, async () => {
    await db.audit.add(entry);
    if (action !== 'stripe.connect_refused') await db.settings.delete(SETTING.stripeEventsCursor);
  });
}
