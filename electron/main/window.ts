import { join } from 'node:path';
import { BrowserWindow, session } from 'electron';
import { RENDERER_CSP } from '../services/renderer-csp';

export interface WindowOptions {
  /** kiosk: full screen, no way out to the desktop */
  kiosk: boolean;
  devServerUrl: string | undefined;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  if (!options.devServerUrl) applyCsp();
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    kiosk: options.kiosk,
    show: false,
    title: 'Referral POS',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return window;
}

function applyCsp(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] } });
  });
}
