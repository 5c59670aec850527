import { allows, OPEN_TILL, refusalOf, type Action } from '../../../shared/domain/permissions';
import { useSessionStore } from './session-store';

/**
 * Whether the person signed in may do an action, for showing or enabling a control. The write
 * itself must still check (assertAllowed in the repo), since a screen is not a security boundary.
 */
export function useCan(action: Action): boolean {
  const actor = useSessionStore((s) => s.signedIn) ?? OPEN_TILL;
  return allows(actor, action);
}

/** Why the signed-in person may not do an action (to show beside a disabled control); null when they may. */
export function useRefusal(action: Action): string | null {
  const actor = useSessionStore((s) => s.signedIn) ?? OPEN_TILL;
  return refusalOf(actor, action);
}
