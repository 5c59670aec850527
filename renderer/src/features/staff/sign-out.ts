import { db } from '../../db/db';
import { recordSignOut } from '../../db/repos/staff-repo';
import { actorContext } from '../../session/actor-context';
import { useSessionStore } from '../../session/session-store';

/** Signs the person out at once, then notes it in the audit log; the sign-in screen follows. */
export async function signOut(reason: 'manual' | 'idle'): Promise<void> {
  const ctx = await actorContext();
  useSessionStore.getState().signOut();
  if (ctx.actor.kind === 'staff') await recordSignOut(db, reason, ctx);
}
