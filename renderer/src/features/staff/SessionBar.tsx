import { useSessionStore } from '../../session/session-store';
import { signOut } from './sign-out';

/** The header's "Signed in as …" and Sign out. */
export function SessionBar() {
  const signedIn = useSessionStore((s) => s.signedIn);
  if (!signedIn) return null;
  return (
    <span className="session-bar" role="status" aria-label="Signed in">
      Signed in as <strong>{signedIn.name}</strong> ({signedIn.role}){' '}
      <button type="button" onClick={() => void signOut('manual')}>
        Sign out
      </button>
    </span>
  );
}
