/** A key press as both hosts see it (DOM KeyboardEvent, Electron's before-input-event Input). */
export interface KeyPress {
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** Keys that would leave, reload, close, inspect or zoom a kiosk: blocked in the page and by Electron. */
export function isBlockedShortcut(e: KeyPress): boolean {
  const key = e.key.toLowerCase();
  const command = e.control || e.meta;
  if (['f5', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh', 'browserhome'].includes(key)) return true;
  if (e.alt && ['arrowleft', 'arrowright', 'home', 'f4'].includes(key)) return true;
  if (command && e.shift && ['i', 'j', 'c', 'delete'].includes(key)) return true;
  if (command && ['r', 'w', 'n', 't', 'p', 's', 'o', 'l', 'u', 'q', 'h', 'j', '+', '-', '=', '0', '['].includes(key)) return true;
  return false;
}
