import { useEffect } from 'react';
import { isBlockedShortcut } from '../../../../shared/domain/kiosk-shortcuts';

/**
 * In-page lockdown, the browser-mode part of kiosk mode (Electron's kiosk window blocks the rest):
 * no shortcuts that reload, close, inspect or zoom, no context menu, no pinch or ctrl-wheel zoom,
 * and the back button stays on the kiosk's one address.
 */
export function useKioskLockdown(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isBlockedShortcut({ key: e.key, control: e.ctrlKey, meta: e.metaKey, alt: e.altKey, shift: e.shiftKey })) return;
      e.preventDefault();
      e.stopPropagation();
    };
    const prevent = (e: Event) => e.preventDefault();
    const onWheel = (e: WheelEvent) => {
      if (e.ctrlKey) e.preventDefault();
    };
    const stay = () => {
      if (location.hash !== '#/kiosk') history.replaceState(null, '', '#/kiosk');
      history.pushState(null, '', '#/kiosk');
    };
    history.replaceState(null, '', '#/kiosk');
    history.pushState(null, '', '#/kiosk');
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('contextmenu', prevent);
    window.addEventListener('wheel', onWheel, { passive: false });
    window.addEventListener('gesturestart', prevent);
    window.addEventListener('popstate', stay);
    window.addEventListener('hashchange', stay);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('contextmenu', prevent);
      window.removeEventListener('wheel', onWheel);
      window.removeEventListener('gesturestart', prevent);
      window.removeEventListener('popstate', stay);
      window.removeEventListener('hashchange', stay);
    };
  }, []);
}
