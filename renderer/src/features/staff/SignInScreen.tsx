import { useState } from 'react';
import type { StaffMember } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { ensureDeviceId } from '../../db/repos/settings-repo';
import { verifyPin } from '../../db/repos/staff-repo';
import { useSessionStore } from '../../session/session-store';
import { StaffPinFields } from './StaffPinFields';

/** Before anything else on a till with staff: pick your name, enter your PIN. */
export function SignInScreen({ people }: { people: StaffMember[] }) {
  const [staffId, setStaffId] = useState('');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const signIn = useSessionStore((s) => s.signIn);
  const submit = async () => {
    if (staffId === '') return setProblem('Choose your name from the list.');
    if (pin === '') return setProblem('Enter your PIN.');
    setChecking(true);
    try {
      const now = Date.now();
      const result = await verifyPin(db, { staffId, pin, purpose: 'sign_in' }, { now, deviceId: await ensureDeviceId(db), online: navigator.onLine });
      setPin('');
      if (result.ok) return signIn(result.actor, Date.now());
      setProblem(result.message);
    } catch (error) {
      setProblem(`Sign-in failed on this device: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setChecking(false);
    }
  };
  return (
    <main className="sign-in" aria-label="Sign in">
      <form
        aria-label="Sign in"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>Sign in to this till</h2>
        <StaffPinFields idPrefix="sign-in" people={people} staffId={staffId} pin={pin} onStaff={setStaffId} onPin={setPin} />
        <button type="submit" className="primary" disabled={checking}>
          {checking ? 'Checking…' : 'Sign in'}
        </button>
        {problem && <p role="alert">{problem}</p>}
      </form>
    </main>
  );
}
