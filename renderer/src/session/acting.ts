import { actorLabel, assertCan, type Action } from '../../../shared/domain/permissions';
import { db } from '../db/db';
import { ensureDeviceId } from '../db/repos/settings-repo';
import { currentActor } from './session-store';

export interface Acting {
  now: number;
  deviceId: string;
  online: boolean;
  /** the audit log's "who": the signed-in person's name and id, or "open till" */
  actor: string;
}

/**
 * Who does this now, for the records and the audit log, after checking that they may when the
 * action needs a permission (a refusal throws PermissionDeniedError with words to show).
 */
export async function actingAs(action?: Action): Promise<Acting> {
  const actor = currentActor();
  if (action) assertCan(actor, action);
  return { now: Date.now(), deviceId: await ensureDeviceId(db), online: navigator.onLine, actor: actorLabel(actor) };
}
