/**
 * Sandboxed preload: one function per contract call, nothing else. The renderer never sees
 * ipcRenderer; main validates every argument, so this stays free of zod.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CALL_NAMES, ipcChannelOf } from '../../shared/api/call-names';
import type { PosApi } from '../../shared/api/contract';

const posApi = Object.fromEntries(
  API_CALL_NAMES.map((name) => [name, (args: unknown) => ipcRenderer.invoke(ipcChannelOf(name), args)]),
) as PosApi;

contextBridge.exposeInMainWorld('posApi', posApi);
