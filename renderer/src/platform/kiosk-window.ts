import type { PosKiosk } from '../../../shared/api/kiosk-request';

declare global {
  interface Window {
    posKiosk?: PosKiosk;
  }
}

/** Electron locks its window into kiosk mode; in a browser the page goes full screen (needs the click that asked for it). */
export async function enterKioskWindow(): Promise<void> {
  if (window.posKiosk) {
    await window.posKiosk.setKiosk(true);
    return;
  }
  if (!document.fullscreenElement) await document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export async function leaveKioskWindow(): Promise<void> {
  if (window.posKiosk) {
    await window.posKiosk.setKiosk(false);
    return;
  }
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
}
