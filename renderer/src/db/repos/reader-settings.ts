import { ensureLocationArgs } from '../../../../shared/api/terminal-calls';
import type { ReaderMemory, ShopLocation } from '../../terminal/counter-reader';
import type { PosDb } from '../pos-db';
import { getSetting, putSetting, SETTING } from './settings-repo';

/** The counter reader's memory in this device's settings; a stored address that no longer validates counts as none. */
export function readerMemory(db: PosDb): ReaderMemory {
  return {
    location: () => shopLocation(db),
    lastReaderId: async () => (await getSetting<string | null>(db, SETTING.lastReaderId)) ?? null,
    rememberReader: (readerId) => putSetting(db, SETTING.lastReaderId, readerId),
  };
}

export async function shopLocation(db: PosDb): Promise<ShopLocation | null> {
  const parsed = ensureLocationArgs.safeParse(await getSetting<unknown>(db, SETTING.shopLocation));
  return parsed.success ? parsed.data : null;
}

export async function saveShopLocation(db: PosDb, location: ShopLocation): Promise<void> {
  await putSetting(db, SETTING.shopLocation, ensureLocationArgs.parse(location));
}
