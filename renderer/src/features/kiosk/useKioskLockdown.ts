import { useEffect } from 'react';

/** Keys that would leave, reload, inspect or zoom the kiosk page. */
export function isBlockedShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  const key = e.key.toLowerCase();
  const command = e.ctrlKey || e.metaKey;
  if (['f5', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh', 'browserhome'].includes(key)) return true;
  if (e.altKey && ['arrowleft', 'arrowright', 'home', 'f4'].includes(key)) return true;
  if (command && ['r', 'w', 'n', 't', 'p', 's', 'o', 'l', 'u', 'q', '+', '-', '=', '0', '['].includes(key)) return true;
  if (command && e.shiftKey && ['i', 'j', 'c', 'delete'].includes(key)) return true;
  return false;
}

/**
 * In-page lockdown, the browser-mode part of kiosk mode (Electron's kiosk window blocks the rest):
 * no shortcuts that reload, close, inspect or zoom, no context menu, no pinch or ctrl-wheel zoom,
 * and the back button stays on the kiosk's one address.
 */
export function useKioskLockdown(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isBlockedShortcut(e)) return;
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
