import type { PosApi } from '../../../shared/api/contract';

/** Electron: the preload already exposes one typed function per call; nothing to adapt. */
export function ipcClient(win: Window): PosApi | null {
  return win.posApi ?? null;
}
