import { useEffect } from 'react';

/** After `seconds` without a touch, a key or a pointer move, `onIdle` runs (the kiosk forgets everything). */
export function useIdleReset(seconds: number, active: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(onIdle, seconds * 1000);
    const touched = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, seconds * 1000);
    };
    const events = ['pointerdown', 'keydown', 'pointermove', 'input'] as const;
    for (const name of events) window.addEventListener(name, touched, true);
    return () => {
      clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, touched, true);
    };
  }, [seconds, active, onIdle]);
}
