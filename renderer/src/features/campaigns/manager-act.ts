import { db } from '../../db/db';
import type { ManagerAct } from '../../db/repos/campaign-editor';
import { ensureDeviceId } from '../../db/repos/settings-repo';

/** Who acts on this device and whether it is online, for the audit log. */
export async function managerAct(): Promise<ManagerAct> {
  return { now: Date.now(), actor: 'manager', deviceId: await ensureDeviceId(db), online: navigator.onLine };
}
