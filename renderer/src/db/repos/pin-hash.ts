import type { StaffMember } from '../../../../shared/domain/records';

/** PBKDF2-SHA256 work factor for new PINs (OWASP's floor for PBKDF2-SHA256 is 310,000). */
export const PIN_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export type StoredPin = StaffMember['pin'];

/** A new PIN's record: a fresh random salt, and the PIN through PBKDF2-SHA256; the PIN itself is not kept. */
export async function hashPin(pin: string, iterations: number = PIN_ITERATIONS): Promise<StoredPin> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { kdf: 'PBKDF2-SHA256', iterations, salt: toHex(salt), hash: toHex(hash) };
}

/** Whether the PIN matches the stored one, derived with the stored salt and work factor, compared in constant time. */
export async function pinMatches(pin: string, stored: StoredPin): Promise<boolean> {
  const derived = await derive(pin, fromHex(stored.salt), stored.iterations);
  return constantTimeEqual(derived, fromHex(stored.hash));
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** Looks at every byte whatever the first difference, so the time taken says nothing about the hash. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
