import { liveQuery } from 'dexie';
import type { PosApi } from '../../../shared/api/contract';
import type { PosDb } from '../db/pos-db';
import { countWaiting } from './outbox';
import { pullFromStripe } from './pull';
import { toSyncFailure } from './sync-failure';
import { SyncRunner, type DrainReport } from './sync-runner';
import { useSyncStatus } from './sync-store';

const TIMER_MS = 15_000;
const PULL_EVERY_MS = 30_000;
const KICK_DEBOUNCE_MS = 100;
const LOCK_NAME = 'referral-pos-sync';

export interface SyncEngine {
  /** "Sync now": send what is due, retry what waits for backoff, and pull */
  syncNow(): Promise<void>;
  stop(): void;
}

/**
 * Runs the outbox in the background: on every commit that queues something, when the network
 * comes back, on a timer, and on "Sync now". One drain at a time across windows (Web Locks).
 */
export function startSyncEngine(db: PosDb, api: PosApi, deviceId: string): SyncEngine {
  const status = useSyncStatus.getState();
  const runner = new SyncRunner({ db, api, deviceId, isOnline: () => navigator.onLine, onSettled: (failure) => status.sendSettled(failure, Date.now()) });
  let lastPull = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let cycle: Promise<void> | null = null;
  let again: { forcePull: boolean } | null = null;

  /**
   * One drain and pull at a time, in this window and (Web Locks) across windows: a pull read
   * before a sale synced must never land after it and undo its count.
   */
  const oneCycle = async (forcePull: boolean) => {
    if (!navigator.onLine) return;
    status.startDraining();
    let report: DrainReport = { sent: 0, retried: 0, conflicts: 0, halted: null, lastFailure: null };
    const acquired = await webLock(async () => {
      report = await runner.drain();
      if (report.halted || (!forcePull && report.sent === 0 && Date.now() - lastPull < PULL_EVERY_MS)) return;
      lastPull = Date.now();
      const pulled = await pullFromStripe(db, api, lastPull);
      const failure = pulled.ok ? null : toSyncFailure(pulled.error, Date.now());
      status.pulled(lastPull, failure);
      // a refused key stops sync whichever call found out, so that the screens say so
      if (failure?.kind === 'rejected_key') report = { ...report, halted: 'rejected_key' };
    });
    status.finishDraining(acquired ? report : { ...report, halted: 'locked_by_other_window' }, Date.now());
  };
  const run = (forcePull: boolean): Promise<void> => {
    if (cycle) {
      again = { forcePull: forcePull || (again?.forcePull ?? false) };
      return cycle;
    }
    cycle = (async () => {
      let next: { forcePull: boolean } | null = { forcePull };
      while (next) {
        await oneCycle(next.forcePull);
        next = again;
        again = null;
      }
    })().finally(() => (cycle = null));
    return cycle;
  };
  const kick = () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void run(false).catch(reportCrash), KICK_DEBOUNCE_MS);
  };
  const subscription = liveQuery(() => countWaiting(db)).subscribe({ next: kick, error: reportCrash });
  const timer = setInterval(kick, TIMER_MS);
  window.addEventListener('online', kick);
  kick();
  return {
    async syncNow() {
      await db.outbox.where('state').equals('pending').modify({ nextAttemptAt: Date.now() });
      await run(true);
    },
    stop() {
      subscription.unsubscribe();
      clearInterval(timer);
      clearTimeout(debounce);
      window.removeEventListener('online', kick);
    },
  };
}

async function webLock(drain: () => Promise<void>): Promise<boolean> {
  if (!navigator.locks) {
    await drain();
    return true;
  }
  return navigator.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await drain();
    return true;
  });
}

function reportCrash(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  useSyncStatus.setState({ draining: false, lastFailure: { at: Date.now(), kind: 'retry', code: 'internal_error', message: `The sync engine failed: ${message}`, stripe: null } });
}
