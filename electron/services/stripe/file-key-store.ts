import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeStoredKey, encodeStoredKey, type KeyStore } from './key-store';

/**
 * Browser mode's key store: a file readable by its owner only. Not encrypted: browser mode has no
 * OS keychain to borrow; the desktop app uses safeStorage instead.
 */
export function fileKeyStore(path: string): KeyStore {
  return {
    async read() {
      const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      return text === null ? null : decodeStoredKey(text);
    },
    async write(stored) {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      // created 0600 and narrowed again in case the file existed with wider rights
      await writeFile(path, encodeStoredKey(stored), { mode: 0o600 });
      await chmod(path, 0o600);
    },
    async clear() {
      await rm(path, { force: true });
    },
  };
}
