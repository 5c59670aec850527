import { useEffect } from 'react';
import { FIELD, focusField, type FieldId } from './focus';

/** Alt + a letter jumps to a field; shown on screen (see Shortcuts). Physical keys, so any layout works. */
export const SHORTCUTS: readonly { key: string; code: string; field: FieldId; label: string }[] = [
  { key: 'C', code: 'KeyC', field: FIELD.code, label: 'Referral code' },
  { key: 'A', code: 'KeyA', field: FIELD.amount, label: 'Order amount' },
  { key: 'F', code: 'KeyF', field: FIELD.referrer, label: 'Find the referrer' },
  { key: 'N', code: 'KeyN', field: FIELD.callerName, label: 'Caller name' },
];

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const shortcut = SHORTCUTS.find((s) => s.code === event.code);
      if (!shortcut) return;
      event.preventDefault();
      focusField(shortcut.field);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
