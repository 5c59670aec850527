import { db } from '../../db/db';
import type { TillContext } from '../../db/repos/payment-recorder';
import { ensureDeviceId } from '../../db/repos/settings-repo';

export async function tillContext(): Promise<TillContext> {
  return { now: Date.now(), deviceId: await ensureDeviceId(db), actor: 'counter', online: navigator.onLine };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
