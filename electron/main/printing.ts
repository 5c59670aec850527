import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { PRINT_CHANNEL, printRequestSchema, type PrintResult } from '../../shared/api/print-request';

/**
 * Printing for the app's own page: the system print dialog, or Chromium's PDF of the page (its CSS
 * page size, backgrounds kept) saved where the user chooses. Browser mode uses window.print().
 */
export function registerPrinting(isTrustedUrl: (url: string) => boolean): void {
  ipcMain.handle(PRINT_CHANNEL, (event, request: unknown) => printFor(event, isTrustedUrl, request));
}

async function printFor(event: IpcMainInvokeEvent, isTrustedUrl: (url: string) => boolean, request: unknown): Promise<PrintResult> {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) return { ok: false, message: 'Only the app’s own window may print.' };
  const parsed = printRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, message: `Print request refused: ${parsed.error.issues[0]?.message ?? 'malformed'}.` };
  if (parsed.data.kind === 'dialog') return showPrintDialog(event.sender);
  return savePdf(event.sender, parsed.data.fileName);
}

function showPrintDialog(contents: WebContents): Promise<PrintResult> {
  return new Promise((resolve) => {
    contents.print({ printBackground: true }, (success, reason) => resolve(success || reason === 'cancelled' ? { ok: true, savedTo: null } : { ok: false, message: `Printing failed: ${reason}.` }));
  });
}

async function savePdf(contents: WebContents, fileName: string): Promise<PrintResult> {
  const pdf = await contents.printToPDF({ printBackground: true, preferCSSPageSize: true });
  const window = BrowserWindow.fromWebContents(contents);
  const options = { defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, savedTo: null };
  await writeFile(choice.filePath, pdf);
  return { ok: true, savedTo: choice.filePath };
}
