import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { DEFAULT_IDLE_MINUTES } from '../../../../shared/domain/staff';
import { db } from '../../db/db';
import { idleMinutes } from '../../db/repos/manager-settings';
import { useSessionStore } from '../../session/session-store';
import { signOut } from './sign-out';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

/** Signs the person out after the manager's idle time without a touch or key press. */
export function useIdleSignOut(): void {
  const minutes = useLiveQuery(() => idleMinutes(db), [], DEFAULT_IDLE_MINUTES);
  const signedIn = useSessionStore((s) => s.signedIn !== null);
  useEffect(() => {
    if (!signedIn) return;
    const touch = () => useSessionStore.getState().touch(Date.now());
    for (const event of ACTIVITY) window.addEventListener(event, touch, { passive: true });
    const timer = setInterval(() => {
      if (Date.now() - useSessionStore.getState().lastActivityAt >= minutes * 60_000) void signOut('idle');
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, touch);
    };
  }, [signedIn, minutes]);
}
