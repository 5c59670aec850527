import type { PosApi } from '../../../shared/api/contract';

declare global {
  interface Window {
    /** Present only inside Electron: exposed by the preload over contextBridge. */
    posApi?: PosApi;
  }
}

export {};
