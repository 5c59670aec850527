import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PRINT_CHANNEL } from '../../../shared/api/print-request';

type Listener = (event: unknown, args: unknown) => Promise<unknown>;
const registered = new Map<string, Listener>();
const saveDialog = vi.fn<() => Promise<{ canceled: boolean; filePath?: string }>>();

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showSaveDialog: () => saveDialog() },
}));

const { registerPrinting } = await import('../../../electron/main/printing');
const { trustedUrlCheck } = await import('../../../electron/main/security');

const PDF = Buffer.from('%PDF-1.7 cards');
function eventFrom(url: string, printOutcome: [boolean, string] = [true, '']) {
  const sender = {
    printToPDF: vi.fn(async () => PDF),
    print: vi.fn((_options: unknown, done: (success: boolean, reason: string) => void) => done(...printOutcome)),
  };
  return { senderFrame: { url, parent: null }, sender };
}
const OURS = 'file:///opt/referral-pos/out/renderer/index.html';
const print = (event: unknown, request: unknown) => registered.get(PRINT_CHANNEL)!(event, request);

describe('printing from the Electron window', () => {
  beforeEach(() => {
    registered.clear();
    saveDialog.mockReset();
    registerPrinting(trustedUrlCheck('file:///opt/referral-pos/out/renderer'));
  });

  it('saves the page as a PDF where the user chooses', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'print-'));
    saveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'batch-7.pdf') });
    const event = eventFrom(OURS);
    expect(await print(event, { kind: 'pdf', fileName: 'batch-7.pdf' })).toEqual({ ok: true, savedTo: join(folder, 'batch-7.pdf') });
    expect(event.sender.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
    expect(await readFile(join(folder, 'batch-7.pdf'))).toEqual(PDF);
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    saveDialog.mockResolvedValue({ canceled: true });
    expect(await print(eventFrom(OURS), { kind: 'pdf', fileName: 'batch-7.pdf' })).toEqual({ ok: true, savedTo: null });
  });

  it('reports a failed print job, but not a cancelled one', async () => {
    expect(await print(eventFrom(OURS, [false, 'cancelled']), { kind: 'dialog' })).toEqual({ ok: true, savedTo: null });
    expect(await print(eventFrom(OURS, [false, 'failed']), { kind: 'dialog' })).toEqual({ ok: false, message: 'Printing failed: failed.' });
  });

  it('refuses another page, and a file name with a path in it', async () => {
    expect(await print(eventFrom('https://evil.example/'), { kind: 'dialog' })).toEqual({ ok: false, message: 'Only the app’s own window may print.' });
    const refused = await print(eventFrom(OURS), { kind: 'pdf', fileName: '../../etc/x.pdf' });
    expect(refused).toEqual({ ok: false, message: 'Print request refused: a plain file name ending in .pdf.' });
    expect(saveDialog).not.toHaveBeenCalled();
  });
});
