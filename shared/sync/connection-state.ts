import type { SyncFailure } from './outbox-records';

export type ConnectionTone = 'online' | 'trouble' | 'offline';

export interface ConnectionFacts {
  /** what the browser says about the network */
  online: boolean;
  /** outbox entries not yet in Stripe */
  waiting: number;
  /** the sync engine stopped because Stripe refused the key */
  keyRefused: boolean;
  /** why the last sync round sent nothing, if it failed (cleared once something gets through) */
  lastFailure: Pick<SyncFailure, 'kind' | 'stripe'> | null;
}

export interface ConnectionState {
  tone: ConnectionTone;
  text: string;
}

function waitingText(count: number): string {
  return count === 1 ? '1 item waiting to sync' : `${count.toLocaleString('en')} items waiting to sync`;
}

/**
 * What Stripe is doing right now, in the words a cashier can act on. "Online" alone would be a lie
 * while Stripe answers with errors or not at all: the till keeps selling either way, but the
 * cashier should know why the count does not go down.
 */
function troubleOf(failure: ConnectionFacts['lastFailure']): string | null {
  if (failure === null) return null;
  const status = failure.stripe?.statusCode ?? null;
  if (status === 429) return 'Stripe is busy, retrying';
  if (status !== null && status >= 500) return 'Stripe is having problems, retrying';
  if (failure.kind === 'offline') return 'Stripe is not answering, retrying';
  if (failure.kind === 'retry') return 'Stripe is having problems, retrying';
  return null;
}

export function connectionState(facts: ConnectionFacts): ConnectionState {
  const waiting = waitingText(facts.waiting);
  if (!facts.online) return { tone: 'offline', text: `Offline · ${waiting}` };
  if (facts.keyRefused) return { tone: 'trouble', text: `Online · Stripe refused the key, sync stopped · ${waiting}` };
  const trouble = facts.waiting > 0 ? troubleOf(facts.lastFailure) : null;
  return trouble === null ? { tone: 'online', text: `Online · ${waiting}` } : { tone: 'trouble', text: `Online · ${trouble} · ${waiting}` };
}
