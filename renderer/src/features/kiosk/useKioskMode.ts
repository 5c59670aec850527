import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { getSetting, SETTING } from '../../db/repos/settings-repo';

/** Whether this device runs as a customer kiosk (undefined while the store is read). */
export function useKioskMode(): boolean | undefined {
  return useLiveQuery(async () => (await getSetting<boolean>(db, SETTING.kioskMode)) === true);
}
