import { z } from 'zod';
import { stripeAccountSchema, type StripeAccountInfo } from '../../../shared/api/stripe-account-calls';

/** What is kept of a connection: the key, and the account Stripe said it opens (so a start offline still names it). */
export interface StoredStripeKey {
  secretKey: string;
  account: StripeAccountInfo | null;
}

/**
 * Where the Stripe secret key lives between starts. Electron keeps it encrypted with the OS
 * keychain (safeStorage); browser mode, which has no keychain, in a file only its user can read.
 */
export interface KeyStore {
  read(): Promise<StoredStripeKey | null>;
  write(stored: StoredStripeKey): Promise<void>;
  clear(): Promise<void>;
}

/** A key for tests and for sandbox-only hosts: kept in memory, gone at exit. */
export function memoryKeyStore(initial: StoredStripeKey | null = null): KeyStore {
  let stored = initial;
  return {
    read: async () => stored,
    write: async (next) => void (stored = next),
    clear: async () => void (stored = null),
  };
}

const storedSchema = z.object({ secretKey: z.string().min(1), account: stripeAccountSchema.nullable() });

/** The text a store keeps; a bare key (as earlier versions kept it) still reads. */
export function encodeStoredKey(stored: StoredStripeKey): string {
  return JSON.stringify(stored);
}

export function decodeStoredKey(text: string): StoredStripeKey | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!trimmed.startsWith('{')) return { secretKey: trimmed, account: null };
  const parsed = storedSchema.safeParse(parseJson(trimmed));
  // a damaged record must not be mistaken for a key: report it rather than send it to Stripe
  if (!parsed.success) throw new Error('The stored Stripe key record is damaged: connect Stripe again in Settings.');
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
