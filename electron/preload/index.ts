/**
 * Sandboxed preload: one function per contract call, and printing and kiosk lockdown (Electron-only), nothing else. The renderer never sees
 * ipcRenderer; main validates every argument, so this stays free of zod.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CALL_NAMES, ipcChannelOf } from '../../shared/api/call-names';
import type { PosApi } from '../../shared/api/contract';
import { KIOSK_CHANNEL, type PosKiosk } from '../../shared/api/kiosk-request';
import { PRINT_CHANNEL, type PosPrint, type PrintResult } from '../../shared/api/print-request';

const posApi = Object.fromEntries(
  API_CALL_NAMES.map((name) => [name, (args: unknown) => ipcRenderer.invoke(ipcChannelOf(name), args)]),
) as PosApi;

contextBridge.exposeInMainWorld('posApi', posApi);

const posPrint: PosPrint = {
  print: () => ipcRenderer.invoke(PRINT_CHANNEL, { kind: 'dialog' }) as Promise<PrintResult>,
  savePdf: (fileName) => ipcRenderer.invoke(PRINT_CHANNEL, { kind: 'pdf', fileName }) as Promise<PrintResult>,
};

contextBridge.exposeInMainWorld('posPrint', posPrint);

const posKiosk: PosKiosk = {
  setKiosk: (on) => ipcRenderer.invoke(KIOSK_CHANNEL, { on }) as Promise<{ ok: boolean }>,
};

contextBridge.exposeInMainWorld('posKiosk', posKiosk);
