import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import { decodeStoredKey, encodeStoredKey, type KeyStore } from '../services/stripe/key-store';

/** The desktop app's key store: the key encrypted with the OS keychain, in the app's data folder. */
export function safeStorageKeyStore(): KeyStore {
  const path = join(app.getPath('userData'), 'stripe-key.bin');
  return {
    async read() {
      const sealed = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      return sealed ? decodeStoredKey(safeStorage.decryptString(sealed)) : null;
    },
    async write(stored) {
      if (!safeStorage.isEncryptionAvailable()) throw new Error('This system offers no secure storage for the Stripe key.');
      await writeFile(path, safeStorage.encryptString(encodeStoredKey(stored)), { mode: 0o600 });
    },
    async clear() {
      await rm(path, { force: true });
    },
  };
}
