import { z } from 'zod';

/** Electron-only: the window enters or leaves kiosk lockdown when the renderer's kiosk mode does. */
export const KIOSK_CHANNEL = 'pos:kiosk';

export const kioskRequestSchema = z.object({ on: z.boolean() });

/** What the preload exposes as `window.posKiosk`. */
export interface PosKiosk {
  setKiosk(on: boolean): Promise<{ ok: boolean }>;
}
