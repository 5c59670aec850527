import type { OutboxEntry, OutboxKind } from '../domain/records';

/** A new entry, sendable at once. Its id is fixed here and is the Stripe idempotency key. */
export function newOutboxEntry(id: string, kind: OutboxKind, recordId: string, dependsOn: string[], now: number, batch: string[] | null = null): OutboxEntry {
  return { id, kind, recordId, batch, dependsOn, state: 'pending', attempts: 0, nextAttemptAt: now, lastFailure: null, doneAt: null, createdAt: now };
}

const MAX_KEY_PART = 200;

/**
 * The idempotency key for creating one code of a batch entry: the entry's id and the code, so that
 * the batch and a sale that needs the code first use the same key. Very long vanity codes are
 * hashed to keep the key within Stripe's 255 characters.
 */
export function codeCreationKey(entryId: string, code: string): string {
  const part = code.length <= MAX_KEY_PART ? code : `h${code.length}-${fnv1a64(code)}`;
  return `${entryId}:${part}`;
}

function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of text) {
    hash ^= BigInt(char.codePointAt(0)!);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(36);
}

/** Entries that wait for nothing that is not done yet. */
export function isReady(entry: OutboxEntry, dependencies: ReadonlyMap<string, OutboxEntry | undefined>, now: number): boolean {
  if (entry.state !== 'pending' || entry.nextAttemptAt > now) return false;
  return entry.dependsOn.every((id) => {
    const dependency = dependencies.get(id);
    return dependency === undefined || dependency.state === 'done';
  });
}
