import type { ShopLocation } from '../../terminal/counter-reader';
import type { PosDb } from '../pos-db';
import { appendAudit, type ActorContext } from './audit-repo';
import { saveShopLocation } from './reader-settings';
import { getSetting, putSetting, SETTING } from './settings-repo';
import { assertAllowed } from './staff-repo';
import { DEFAULT_IDLE_MINUTES } from '../../../../shared/domain/staff';

/**
 * The till's manager settings, written only by someone allowed to change settings (a manager, or
 * anyone on an open till), each with its audit entry in the same transaction.
 */

/** The most this device may leave unpaid; null: no cap. */
export async function savePayLaterCap(db: PosDb, cap: number | null, ctx: ActorContext): Promise<void> {
  await db.transaction('rw', [db.settings, db.staff, db.audit], async () => {
    await assertAllowed(db, ctx.actor, 'settings.change');
    await putSetting(db, SETTING.payLaterCap, cap);
    await appendAudit(db, ctx, 'settings.pay_later_cap', { cap });
  });
}

/** The shop's name and address for Stripe Terminal. */
export async function saveShopAddress(db: PosDb, location: ShopLocation, ctx: ActorContext): Promise<void> {
  await db.transaction('rw', [db.settings, db.staff, db.audit], async () => {
    await assertAllowed(db, ctx.actor, 'settings.change');
    await saveShopLocation(db, location);
    await appendAudit(db, ctx, 'settings.shop_address', { displayName: location.displayName, city: location.address.city, country: location.address.country });
  });
}

/** Minutes of no activity before the signed-in person is signed out. */
export async function saveIdleMinutes(db: PosDb, minutes: number, ctx: ActorContext): Promise<void> {
  await db.transaction('rw', [db.settings, db.staff, db.audit], async () => {
    await assertAllowed(db, ctx.actor, 'settings.change');
    await putSetting(db, SETTING.staffIdleMinutes, minutes);
    await appendAudit(db, ctx, 'settings.idle_sign_out', { minutes });
  });
}

export async function idleMinutes(db: PosDb): Promise<number> {
  return (await getSetting<number>(db, SETTING.staffIdleMinutes)) ?? DEFAULT_IDLE_MINUTES;
}
