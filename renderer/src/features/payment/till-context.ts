import { db } from '../../db/db';
import type { TillContext } from '../../db/repos/payment-recorder';
import { ensureDeviceId } from '../../db/repos/settings-repo';
import { actorLabel } from '../../../../shared/domain/permissions';
import { currentActor } from '../../session/session-store';

/** The payment's audit context: the signed-in person ("open till" before staff are set up). */
export async function tillContext(): Promise<TillContext> {
  return { now: Date.now(), deviceId: await ensureDeviceId(db), actor: actorLabel(currentActor()), online: navigator.onLine };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
