import { BrowserWindow, ipcMain, type WebContents } from 'electron';
import { KIOSK_CHANNEL, kioskRequestSchema } from '../../shared/api/kiosk-request';
import { isBlockedShortcut } from '../../shared/domain/kiosk-shortcuts';

const locked = new WeakSet<WebContents>();

/**
 * Kiosk lockdown of a window: full screen with no way out (Electron's kiosk), no menu, no zoom,
 * devtools closed as soon as they open, and the reload, close, devtools and zoom shortcuts
 * swallowed before the page sees them. Navigation and new windows are denied for every window
 * already (security.ts).
 */
export function lockKiosk(window: BrowserWindow): void {
  const contents = window.webContents;
  window.setKiosk(true);
  window.setMenu(null);
  void contents.setVisualZoomLevelLimits(1, 1);
  contents.setZoomFactor(1);
  if (locked.has(contents)) return;
  locked.add(contents);
  contents.on('before-input-event', (event, input) => {
    if (!locked.has(contents)) return;
    if (isBlockedShortcut({ key: input.key, control: input.control, meta: input.meta, alt: input.alt, shift: input.shift })) event.preventDefault();
  });
  contents.on('devtools-opened', () => {
    if (locked.has(contents)) contents.closeDevTools();
  });
  contents.on('zoom-changed', () => {
    if (locked.has(contents)) contents.setZoomFactor(1);
  });
}

export function unlockKiosk(window: BrowserWindow): void {
  locked.delete(window.webContents);
  window.setKiosk(false);
}

/** The renderer turns kiosk mode on (a manager's choice) or off (after a staff PIN). */
export function registerKiosk(isTrustedUrl: (url: string) => boolean): void {
  ipcMain.handle(KIOSK_CHANNEL, (event, request: unknown) => {
    const frame = event.senderFrame;
    const window = BrowserWindow.fromWebContents(event.sender);
    const parsed = kioskRequestSchema.safeParse(request);
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url) || !window || !parsed.success) return { ok: false };
    if (parsed.data.on) lockKiosk(window);
    else unlockKiosk(window);
    return { ok: true };
  });
}
