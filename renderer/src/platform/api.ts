import type { PosApi } from '../../../shared/api/contract';
import { bridgeTokenOf, createHttpClient } from './http-client';
import { ipcClient } from './ipc-client';

let api: PosApi | null = null;

/**
 * The renderer's only way to reach the main-process services. Screens get the same PosApi whether
 * the preload (Electron) or the loopback bridge (browser mode) carries the calls.
 */
export function getPosApi(): PosApi {
  api ??= pickClient();
  return api;
}

function pickClient(): PosApi {
  const ipc = ipcClient(window);
  if (ipc) return ipc;
  const token = bridgeTokenOf(document);
  if (token) return createHttpClient(token);
  throw new Error('No background service: this page was opened neither in the app nor from its browser-mode address.');
}
