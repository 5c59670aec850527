import { useEffect, useRef } from 'react';
import { addKey, scannedText, type BurstState } from './scan-burst';

type Editable = HTMLInputElement | HTMLTextAreaElement;

interface Burst extends BurstState {
  /** the field the burst typed into, and its value before the burst's first key */
  target: Editable | null;
  valueBefore: string;
}

/**
 * Catches a scan wherever focus is. Keys are never blocked while they arrive, so a cashier's own
 * typing is untouched; only when a burst turns out to be a scan are its characters taken back out of
 * the field they fell into.
 */
export function useWedgeScanner(onScan: (text: string) => void): void {
  const onScanRef = useRef(onScan);
  onScanRef.current = onScan;
  useEffect(() => {
    let burst: Burst | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        const text = scannedText(burst, event.timeStamp);
        if (text !== null && burst) {
          event.preventDefault();
          event.stopPropagation();
          restoreField(burst);
          onScanRef.current(text);
        }
        burst = null;
        return;
      }
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) {
        burst = null;
        return;
      }
      const next = addKey(burst, event.key, event.timeStamp);
      const target = editableTarget(event);
      burst = next.text.length === 1 ? { ...next, target, valueBefore: target?.value ?? '' } : { ...burst!, ...next };
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}

function editableTarget(event: KeyboardEvent): Editable | null {
  const el = event.target;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
}

/** Puts the field back as it was, through the native setter so React sees the change. */
function restoreField(burst: Burst): void {
  const field = burst.target;
  if (!field || field.value === burst.valueBefore) return;
  const proto = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, burst.valueBefore);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
