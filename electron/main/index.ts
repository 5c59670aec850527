/** Electron lifecycle only: every capability lives in electron/services, shared with browser mode. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { createHandlers } from '../services/handlers';
import { embeddedSandbox } from '../services/stripe/sandbox';
import { environmentStripeKey, stripeAccount } from '../services/stripe/stripe-account';
import { safeStorageKeyStore } from './secrets';
import { registerIpc } from './ipc';
import { lockKiosk, registerKiosk } from './kiosk';
import { registerPrinting } from './printing';
import { lockDown, trustedUrlCheck } from './security';
import { createMainWindow } from './window';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const kiosk = process.argv.includes('--kiosk');
const sandbox = embeddedSandbox({ stateFile: join(app.getPath('userData'), 'sandbox-stripe.json') });

if (!app.requestSingleInstanceLock()) app.quit();

void app.whenReady().then(() => {
  const isTrustedUrl = trustedUrlCheck(devServerUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer')).href);
  lockDown(isTrustedUrl);
  let environmentKey: string | null;
  try {
    environmentKey = environmentStripeKey(process.env['STRIPE_SECRET_KEY']);
  } catch (error) {
    dialog.showErrorBox('Referral POS cannot start', error instanceof Error ? error.message : String(error));
    return app.quit();
  }
  const stripe = stripeAccount(safeStorageKeyStore(), sandbox, { environmentKey });
  registerIpc(createHandlers({ version: app.getVersion(), host: 'electron', stripe }), isTrustedUrl);
  registerPrinting(isTrustedUrl);
  registerKiosk(isTrustedUrl);
  const window = createMainWindow({ kiosk, devServerUrl });
  if (kiosk) lockKiosk(window);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow({ kiosk, devServerUrl });
  });
});

app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
app.on('will-quit', () => void sandbox.close());
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

