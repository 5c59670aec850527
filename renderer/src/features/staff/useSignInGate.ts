import { useEffect } from 'react';
import { useSessionStore } from '../../session/session-store';
import { useIdleSignOut } from './useIdleSignOut';
import { useStaffState, type StaffState } from './useStaffState';

export interface SignInGate {
  /** undefined while the store has not answered yet */
  staff: StaffState | undefined;
  /** staff are set up and nobody is signed in: only the sign-in screen is shown */
  needsSignIn: boolean;
}

/**
 * The app's door: open until a first manager exists, then nothing but the sign-in screen until
 * someone signs in. A person deactivated meanwhile is signed out; idle time signs out too.
 */
export function useSignInGate(): SignInGate {
  const staff = useStaffState();
  const signedIn = useSessionStore((s) => s.signedIn);
  useIdleSignOut();
  // only once staff are set up: right after the first manager is created the list may not show them yet
  const gone = staff?.setUp === true && signedIn !== null && !staff.people.some((p) => p.id === signedIn.id);
  useEffect(() => {
    if (gone) useSessionStore.getState().signOut();
  }, [gone]);
  return { staff, needsSignIn: staff?.setUp === true && (signedIn === null || gone) };
}
