import { expect, type Page } from '@playwright/test';

/** How many records each of the app's tables holds, read straight from the browser's IndexedDB. */
export async function storedCounts<T extends string>(page: Page, tables: readonly T[]): Promise<Record<T, number>> {
  const counts = await page.evaluate(
    (names) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('referral-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readonly');
          const result: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (result[name] = request.result);
          }
          tx.oncomplete = () => (db.close(), resolve(result));
          tx.onerror = () => (db.close(), reject(tx.error));
        };
      }),
    [...tables],
  );
  expect(Object.keys(counts)).toHaveLength(tables.length);
  return counts as Record<T, number>;
}

/** How many records one of the app's tables holds. */
export async function storedCount(page: Page, table: string): Promise<number> {
  return (await storedCounts(page, [table]))[table]!;
}
