import Dexie from 'dexie';
import type { ApiError, PosApi } from '../../../shared/api/contract';
import type { OutboxEntry, SyncFailure } from '../../../shared/domain/records';
import { retryDelayMs } from '../../../shared/sync/retry-policy';
import type { PosDb } from '../db/pos-db';
import { dueEntries, markDone, recordConflict, scheduleRetry } from './outbox';
import { SENDERS, type SendOutcome } from './senders';
import { toSyncFailure } from './sync-failure';

export interface SyncRunnerOptions {
  db: PosDb;
  api: PosApi;
  deviceId: string;
  /** parallel sends; Stripe's rate limit is what really bounds throughput */
  concurrency?: number;
  now?: () => number;
  random?: () => number;
  /** a drain waits this long at most for an entry's backoff before ending (the timer resumes) */
  maxWaitMs?: number;
  /** whether the device has a network at all (navigator.onLine in the app) */
  isOnline?: () => boolean;
  /** told of each send as it settles (the badge should not wait for a long drain to end): null when it went through */
  onSettled?: (failure: SyncFailure | null) => void;
}

/** Why a drain stopped before the outbox was empty of due entries. */
export type HaltReason = 'offline' | 'rejected_key' | 'locked_by_other_window';

export interface DrainReport {
  sent: number;
  retried: number;
  conflicts: number;
  halted: HaltReason | null;
  lastFailure: SyncFailure | null;
}

const COOL_DOWN_MS = 150;
/** entries read per refill of the workers' queue */
const DUE_BATCH = 100;
/** outcomes sent but not yet written down, beyond which a worker waits for its own */
const MAX_UNWRITTEN = 32;

/**
 * Drains the outbox: sends every due entry whose dependencies are done, a few at a time, marks it
 * done with what Stripe answered, schedules retries with backoff, and turns refusals into conflicts.
 * One drain at a time per runner; the sync engine holds the cross-window lock around it.
 */
export class SyncRunner {
  private current: Promise<DrainReport> | null = null;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: SyncRunnerOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /** Starts a drain, or joins the one running. */
  drain(): Promise<DrainReport> {
    this.current ??= this.drainOnce().finally(() => (this.current = null));
    return this.current;
  }

  private async drainOnce(): Promise<DrainReport> {
    const report: DrainReport = { sent: 0, retried: 0, conflicts: 0, halted: null, lastFailure: null };
    await new Drain(this.options, this.now, this.random, report).run();
    return report;
  }
}

/** One pass over the outbox with a small pool of workers. */
class Drain {
  private readonly inFlight = new Set<string>();
  /** settled in this drain: a query that read the outbox before they settled must not resend them */
  private readonly settled = new Set<string>();
  private coolDownUntil = 0;
  private queue: OutboxEntry[] = [];
  private readonly settling = new Set<Promise<void>>();
  /** an outcome that could not be written (IndexedDB refused): the drain stops and reports it as before */
  private writeFailure: { error: unknown } | null = null;
  private refilling: Promise<void> | null = null;

  constructor(
    private readonly options: SyncRunnerOptions,
    private readonly now: () => number,
    private readonly random: () => number,
    private readonly report: DrainReport,
  ) {}

  async run(): Promise<void> {
    const workers = Array.from({ length: this.options.concurrency ?? 6 }, () => this.work());
    await Promise.all(workers);
    await Promise.all(this.settling);
    if (this.writeFailure) throw this.writeFailure.error;
  }

  /**
   * Sends one entry after another. Writing down how a send ended is left to run beside the next
   * send: IndexedDB pauses now and then (the disk, its compaction) and the requests to Stripe
   * should not wait for it. The entry stays "in flight" until its outcome is written, so it is
   * never picked twice, and what depends on it waits for it as always.
   */
  private async work(): Promise<void> {
    while (this.report.halted === null) {
      const entry = await this.next();
      if (!entry) return;
      this.inFlight.add(entry.id);
      let outcome: SendOutcome;
      try {
        await this.waitForCoolDown();
        outcome = await this.send(entry);
      } catch (error) {
        this.inFlight.delete(entry.id);
        throw error;
      }
      const settled = this.settle(entry, outcome)
        .catch((error: unknown) => void (this.writeFailure ??= { error }))
        .finally(() => {
          this.inFlight.delete(entry.id);
          this.settling.delete(settled);
        });
      this.settling.add(settled);
      // a refusal decides about the others (a rejected key halts, a 429 cools down): wait for it
      if (outcome.kind !== 'done' || this.settling.size > MAX_UNWRITTEN) await settled;
      if (this.writeFailure) return;
    }
  }

  private async next(): Promise<OutboxEntry | undefined> {
    for (;;) {
      if (this.report.halted) return undefined;
      const queued = this.queue.shift();
      if (queued) return queued;
      await this.refill();
      if (this.queue.length > 0) continue;
      if (this.inFlight.size > 0 || (await this.waitForNextDue())) {
        await sleep(20);
        continue;
      }
      return undefined;
    }
  }

  /** One read of the due entries for all the workers that ran out (not one each). */
  private refill(): Promise<void> {
    this.refilling ??= dueEntries(this.options.db, this.now(), DUE_BATCH)
      .then((due) => {
        this.queue = due.filter((e) => !this.inFlight.has(e.id) && !this.settled.has(e.id));
      })
      .finally(() => (this.refilling = null));
    return this.refilling;
  }

  /** Waits for the earliest scheduled retry when it is near; false when there is none worth waiting for. */
  private async waitForNextDue(): Promise<boolean> {
    const { db } = this.options;
    const upcoming = await db.outbox.where('[state+nextAttemptAt]').between(['pending', this.now()], ['pending', Dexie.maxKey]).first();
    if (!upcoming) return false;
    const wait = upcoming.nextAttemptAt - this.now();
    if (wait > (this.options.maxWaitMs ?? 5_000)) return false;
    await sleep(Math.max(0, wait));
    return true;
  }

  private async send(entry: OutboxEntry): Promise<SendOutcome> {
    const ctx = { db: this.options.db, api: this.options.api, now: this.now, deviceId: this.options.deviceId };
    try {
      return await SENDERS[entry.kind](ctx, entry);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'failed', error: { code: 'internal_error', message: `Sending ${entry.kind} failed: ${message}` }, actions: ['retry'] };
    }
  }

  private async settle(entry: OutboxEntry, outcome: SendOutcome): Promise<void> {
    const { db } = this.options;
    if (outcome.kind === 'done') {
      await markDone(db, entry, this.now(), outcome.writeBack);
      this.settled.add(entry.id);
      this.report.sent += 1;
      this.options.onSettled?.(null);
      return;
    }
    const failure = toSyncFailure(outcome.error, this.now());
    this.report.lastFailure = failure;
    this.options.onSettled?.(failure);
    if (failure.kind === 'conflict') {
      await recordConflict(db, entry, entry.recordId, failure, outcome.actions);
      this.settled.add(entry.id);
      this.report.conflicts += 1;
      return;
    }
    const delay = retryDelayMs(entry.attempts + 1, retryAfter(outcome.error), this.random);
    await scheduleRetry(db, entry, failure, this.now() + delay);
    this.report.retried += 1;
    // an answer lost on the way is retried like any other; only a device without network stops
    if (failure.kind === 'rejected_key') this.report.halted = 'rejected_key';
    if (failure.kind === 'offline' && !(this.options.isOnline?.() ?? true)) this.report.halted = 'offline';
    if (failure.stripe?.statusCode === 429) this.coolDownUntil = Math.max(this.coolDownUntil, this.now() + COOL_DOWN_MS * (1 + this.random()));
  }

  private async waitForCoolDown(): Promise<void> {
    const wait = this.coolDownUntil - this.now();
    if (wait > 0) await sleep(wait);
  }
}

function retryAfter(error: ApiError): number | null {
  return error.stripe?.retryAfterMs ?? null;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
