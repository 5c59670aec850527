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
  /** what referral code cards print at the top: the business name and its logo (a data: URL) */
  cardBusinessName: 'cards.businessName',
  cardLogo: 'cards.logo',
  /** this device runs as a customer-facing kiosk until staff leave kiosk mode with a PIN */
  kioskMode: 'kiosk.mode',
  /** seconds without a touch before the kiosk forgets everything (default 60) */
  kioskIdleSeconds: 'kiosk.idleSeconds',
  /** manager setting: a kiosk discount applies only once staff approve it with a PIN at the counter */
  kioskRequiresApproval: 'kiosk.requiresApproval',
  /** the privacy notice the kiosk links to from its consent checkbox */
  kioskPrivacyNotice: 'kiosk.privacyNotice',
  /** times of the kiosk's recent wrong code attempts (its rate limit survives a reload) */
  kioskWrongAttempts: 'kiosk.wrongAttempts',
  /** manager setting: minutes without a touch or key press before the signed-in person is signed out */
  staffIdleMinutes: 'staff.idleMinutes',
  /** manager setting: where Stripe sends a customer who paid through a phone rep's link (https URL); absent: see checkoutPages */
  checkoutSuccessUrl: 'phone.checkoutSuccessUrl',
  /** manager setting: the back link on Stripe's pay page for a phone rep's link; absent: see checkoutPages */
  checkoutCancelUrl: 'phone.checkoutCancelUrl',
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
