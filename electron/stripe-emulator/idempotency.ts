import { StripeApiError } from './errors';

/** The first response to a key, saved once the endpoint started running. */
export interface SavedResponse {
  status: number;
  body: string;
  requestId: string;
}

export interface Entry {
  signature: { endpoint: string; params: string };
  savedAtMs: number;
  response: SavedResponse | null;
}

export type Admission = { kind: 'run' } | { kind: 'replay'; response: SavedResponse };

const DAY_MS = 24 * 3600 * 1000;

/**
 * Stripe's idempotency layer for POSTs: the first response for a key (even a 500) is replayed to
 * later requests with the same endpoint and parameters; other parameters or another endpoint are
 * an `idempotency_error`; a request arriving while the first is still running gets 409. Keys are
 * kept 24 hours, after which they run anew. Validation failures are not saved (see `abandon`).
 */
export class IdempotencyLayer {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly nowMs: () => number) {}

  admit(key: string, endpoint: string, params: string): Admission {
    if (key.length > 255) {
      throw new StripeApiError(400, { type: 'invalid_request_error', message: 'Invalid Idempotency-Key: must be at most 255 characters long.' }, false);
    }
    const existing = this.entries.get(key);
    if (existing && this.nowMs() - existing.savedAtMs >= DAY_MS) this.entries.delete(key);
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, { signature: { endpoint, params }, savedAtMs: this.nowMs(), response: null });
      return { kind: 'run' };
    }
    if (entry.signature.endpoint !== endpoint) {
      throw mismatch(`Keys for idempotent requests can only be used for the same endpoint they were first used for ('${entry.signature.endpoint}' vs '${endpoint}'). Try using a key other than '${key}' if you meant to execute a different request.`);
    }
    if (entry.signature.params !== params) {
      throw mismatch(`Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`);
    }
    if (!entry.response) {
      const message = `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${key}. Please try again later.`;
      throw new StripeApiError(409, { type: 'idempotency_error', code: 'idempotency_key_in_use', message }, false);
    }
    return { kind: 'replay', response: entry.response };
  }

  save(key: string, response: SavedResponse): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.response = response;
      entry.savedAtMs = this.nowMs();
    }
  }

  /** Forgets a key whose request never started executing, so that a retry runs anew. */
  abandon(key: string): void {
    if (this.entries.get(key)?.response === null) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The keys whose first response is saved (a request still running is not worth keeping). */
  snapshot(): [string, Entry][] {
    return [...this.entries].filter(([, entry]) => entry.response !== null);
  }

  restore(entries: [string, Entry][]): void {
    this.entries.clear();
    for (const [key, entry] of entries) this.entries.set(key, entry);
  }

  reset(): void {
    this.entries.clear();
  }
}

function mismatch(message: string): StripeApiError {
  return new StripeApiError(400, { type: 'idempotency_error', message }, false);
}
