import { db } from '../../db/db';
import type { ActionContext } from '../../db/repos/referrer-audit';
import { ensureDeviceId } from '../../db/repos/settings-repo';

/** Who acts on the Referrers screen, for the audit log. */
export async function managerAction(): Promise<ActionContext> {
  return { now: Date.now(), actor: 'manager', deviceId: await ensureDeviceId(db), online: navigator.onLine };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
