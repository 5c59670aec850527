import { create } from 'zustand';
import { OPEN_TILL, type Actor } from '../../../shared/domain/permissions';

type SignedIn = Extract<Actor, { kind: 'staff' }>;

interface SessionState {
  /** who signed in at this window; memory only, so a reload asks again */
  signedIn: SignedIn | null;
  /** the last touch or key press, for the idle sign-out */
  lastActivityAt: number;
  signIn(actor: SignedIn, now: number): void;
  signOut(): void;
  touch(now: number): void;
  reset(): void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  signedIn: null,
  lastActivityAt: 0,
  signIn: (actor, now) => set({ signedIn: actor, lastActivityAt: now }),
  signOut: () => set({ signedIn: null }),
  touch: (now) => set({ lastActivityAt: now }),
  reset: () => set({ signedIn: null, lastActivityAt: 0 }),
}));

/**
 * Who acts now: the signed-in person, else the open till. The sign-in gate keeps an open-till
 * session from being used once staff exist, and the repos refuse it too (resolveActor).
 */
export function currentActor(): Actor {
  return useSessionStore.getState().signedIn ?? OPEN_TILL;
}
