import type { SyncEngine } from './sync-engine';

let engine: SyncEngine | null = null;

/** The window's sync engine, once boot started it (screens call "Sync now" through it). */
export function setSyncEngine(started: SyncEngine): void {
  engine = started;
}

export function syncEngine(): SyncEngine | null {
  return engine;
}
