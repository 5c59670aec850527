import type { AuditEntry } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { appendAudit } from '../../db/repos/audit-repo';
import { SETTING } from '../../db/repos/settings-repo';
import { assertAllowed } from '../../db/repos/staff-repo';
import { actorContext } from '../../session/actor-context';

type ConnectionAction = 'stripe.connect' | 'stripe.connect_refused' | 'stripe.disconnect';

/** Only someone allowed to change the Stripe keys (a manager, or anyone on an open till) may connect or disconnect. */
export async function assertMayChangeKeys(): Promise<void> {
  const { actor } = await actorContext();
  await assertAllowed(db, actor, 'stripe.changeKeys');
}

/**
 * A Stripe connection change in the audit log, under the person signed in: which account and mode,
 * never the key. When the account changed, the Events cursor goes in the same transaction: an event
 * id of one account means nothing in another, so the next pull reads the new account whole.
 */
export async function auditStripeConnection(action: ConnectionAction, details: AuditEntry['details']): Promise<void> {
  const ctx = await actorContext();
  await db.transaction('rw', [db.audit, db.settings], async () => {
    await appendAudit(db, ctx, action, details);
    if (action !== 'stripe.connect_refused') await db.settings.delete(SETTING.stripeEventsCursor);
  });
}
