import { uuidv7 } from 'uuidv7';
import type { PosDb } from '../pos-db';

export const SETTING = {
  deviceId: 'device.id',
  activeCampaignId: 'counter.activeCampaignId',
  demoRemoved: 'demo.removed',
  /** the newest Stripe event already applied by a pull */
  stripeEventsCursor: 'sync.stripeEventsCursor',
  lastPullAt: 'sync.lastPullAt',
  /** manager setting: the most this device may leave unpaid ("pay later"), minor units; absent: no cap */
  payLaterCap: 'till.payLaterCap',
  /** manager setting: the shop's name and address, Stripe Terminal's Location for this device's readers */
  shopLocation: 'till.shopLocation',
  /** the card reader this device connected last, reconnected on start; null after a disconnect */
  lastReaderId: 'till.lastReaderId',
  /** manager setting: minutes without a touch or key press before the signed-in person is signed out */
  staffIdleMinutes: 'staff.idleMinutes',
} as const;

export async function getSetting<T>(db: PosDb, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function putSetting(db: PosDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** This install's id, created once: it marks every record this device writes. */
export async function ensureDeviceId(db: PosDb): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await getSetting<string>(db, SETTING.deviceId);
    if (existing) return existing;
    const id = uuidv7();
    await putSetting(db, SETTING.deviceId, id);
    return id;
  });
}
