import type { ActorContext } from '../db/repos/audit-repo';
import { db } from '../db/db';
import { ensureDeviceId } from '../db/repos/settings-repo';
import { currentActor } from './session-store';

/** Now, this device, online or not, and who is signed in: what every audited write needs. */
export async function actorContext(): Promise<ActorContext> {
  return { now: Date.now(), deviceId: await ensureDeviceId(db), online: navigator.onLine, actor: currentActor() };
}
