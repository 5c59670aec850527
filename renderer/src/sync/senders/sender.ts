import type { ApiError, PosApi } from '../../../../shared/api/contract';
import type { ConflictAction, OutboxEntry } from '../../../../shared/domain/records';
import type { PosDb } from '../../db/pos-db';

export interface SenderContext {
  db: PosDb;
  api: PosApi;
  now: () => number;
  deviceId: string;
}

/**
 * What sending an entry came to. `done` carries the local changes to commit with the entry's
 * completion; `failed` carries Stripe's (or the bridge's) error and, for a refusal, what a manager
 * may do about it.
 */
export type SendOutcome =
  | { kind: 'done'; writeBack: () => Promise<void> }
  | { kind: 'failed'; error: ApiError; actions: ConflictAction[] };

export type Sender = (ctx: SenderContext, entry: OutboxEntry) => Promise<SendOutcome>;

export const nothingToWrite = async (): Promise<void> => {};

/** A refusal found before asking Stripe (the record is gone or cannot be sent). */
export function localFailure(code: string, message: string, actions: ConflictAction[]): SendOutcome {
  return { kind: 'failed', error: { code, message }, actions };
}
