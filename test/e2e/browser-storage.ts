import type { BrowserContext, Page } from '@playwright/test';

/**
 * The browser's own storage decisions, made real through Chromium's DevTools protocol: whether it
 * grants persistent storage, and how much this origin may store. Nothing in the page is patched:
 * the app asks and writes as always, and Chromium answers.
 */

/** The browser's answer to `navigator.storage.persist()` on this origin, set before the app asks. */
export async function setPersistentStorage(page: Page, setting: 'granted' | 'denied', origin: string): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('Persistent-storage permission needs a launched browser (not a persistent context).');
  const { targetInfo } = await (await page.context().newCDPSession(page)).send('Target.getTargetInfo');
  const session = await browser.newBrowserCDPSession();
  await session.send('Browser.setPermission', {
    permission: { name: 'persistent-storage' },
    setting,
    origin,
    ...(targetInfo.browserContextId !== undefined && { browserContextId: targetInfo.browserContextId }),
  });
  // the session stays attached: Chromium withdraws a session's permission overrides when it detaches
}

/**
 * Gives the origin a small quota (a small disk), before its first write: Chromium checks each
 * IndexedDB write against the quota manager, which honours DevTools' override. The check's answer
 * is cached for a while, so the quota must be small from the start for "full" to be felt at once.
 */
export async function limitQuota(context: BrowserContext, page: Page, origin: string, bytes: number): Promise<void> {
  // the session stays attached: Chromium withdraws a session's quota overrides when it detaches
  const session = await context.newCDPSession(page);
  await session.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes });
  const { quota, overrideActive } = await session.send('Storage.getUsageAndQuota', { origin });
  if (!overrideActive || quota !== bytes) throw new Error(`Chromium did not take the quota of ${bytes} bytes for ${origin} (it reports ${quota}).`);
}

/** Another database of the same origin, standing for whatever else filled the device. */
const FILLER_DB = 'other-data-filling-the-disk';

/**
 * Fills the origin's storage with incompressible data until Chromium refuses even a few hundred
 * bytes, and returns the name of the error the browser refused with (QuotaExceededError).
 * A refused write's pages still count as used until the next commit in the bucket (incognito keeps
 * IndexedDB in memory), so each refusal is followed by a delete-only commit, which Chromium always
 * allows, before smaller pieces are tried: what is left free at the end is really under 256 bytes.
 */
export async function fillStorage(page: Page): Promise<string> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('blobs', { autoIncrement: true });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const commit = (write: (store: IDBObjectStore) => void) =>
      new Promise<string | null>((resolve) => {
        const tx = db.transaction('blobs', 'readwrite');
        write(tx.objectStore('blobs'));
        tx.oncomplete = () => resolve(null);
        tx.onabort = () => resolve(tx.error?.name ?? 'AbortError');
      });
    const put = (bytes: number) => {
      const chunk = new Uint8Array(bytes);
      for (let at = 0; at < bytes; at += 65_536) crypto.getRandomValues(chunk.subarray(at, Math.min(at + 65_536, bytes)));
      return commit((store) => store.add(chunk));
    };
    const settle = () => commit((store) => store.delete(-1));
    let refusal = 'never refused';
    for (const size of [1_048_576, 65_536, 4_096, 256, 256]) {
      for (let written = 0; written < 1_000; written++) {
        const error = await put(size);
        if (error === null) continue;
        refusal = error;
        await settle();
        break;
      }
    }
    db.close();
    return refusal;
  }, FILLER_DB);
}

/** Deletes the filler: the space is free again. */
export async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
    FILLER_DB,
  );
}
