/**
 * Where the Stripe secret key lives between starts. Electron keeps it encrypted with the OS
 * keychain (safeStorage); browser mode, which has no keychain, in a file only its user can read.
 */
export interface KeyStore {
  read(): Promise<string | null>;
  write(secretKey: string): Promise<void>;
  clear(): Promise<void>;
}

/** A key for tests and for sandbox-only hosts: kept in memory, gone at exit. */
export function memoryKeyStore(initial: string | null = null): KeyStore {
  let key = initial;
  return {
    read: async () => key,
    write: async (secretKey) => void (key = secretKey),
    clear: async () => void (key = null),
  };
}
