import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_CALL_NAMES, ipcChannelOf } from '../../shared/api/call-names';
import type { ApiHandlers, ApiResult } from '../../shared/api/contract';
import { dispatch } from '../services/dispatch';

/**
 * Registers every contract call on its channel. A call is answered only for our own page's main
 * frame; dispatch parses the arguments with the contract schema.
 */
export function registerIpc(handlers: ApiHandlers, isTrustedUrl: (url: string) => boolean): void {
  for (const name of API_CALL_NAMES) {
    ipcMain.handle(ipcChannelOf(name), (event, args: unknown) => answer(event, isTrustedUrl, name, handlers, args));
  }
}

async function answer(
  event: IpcMainInvokeEvent,
  isTrustedUrl: (url: string) => boolean,
  name: string,
  handlers: ApiHandlers,
  args: unknown,
): Promise<ApiResult<unknown>> {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
    return { ok: false, error: { code: 'forbidden_sender', message: 'Only the app’s own window may call its services.' } };
  }
  return dispatch(handlers, name, args);
}
