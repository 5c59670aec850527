import { useState } from 'react';
import { db } from '../../db/db';
import { ensureDeviceId } from '../../db/repos/settings-repo';
import { createFirstManager } from '../../db/repos/staff-repo';
import { useSessionStore } from '../../session/session-store';
import { messageOfStaffError, pinsDiffer } from './staff-errors';

/** The open till's way out: the first manager, who is signed in at once. */
export function FirstManagerForm() {
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signIn = useSessionStore((s) => s.signIn);
  const submit = async () => {
    const differ = pinsDiffer(pin, confirm);
    if (differ) return setProblem(differ);
    setBusy(true);
    try {
      const actor = await createFirstManager(db, { name, pin }, { now: Date.now(), deviceId: await ensureDeviceId(db), online: navigator.onLine });
      signIn(actor, Date.now());
    } catch (error) {
      setProblem(messageOfStaffError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      aria-label="Set up the first manager"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Set up the first manager</h3>
      <p className="muted">From then on everyone signs in with their own PIN, and only managers change campaigns, keys and settings.</p>
      <label htmlFor="first-manager-name">Manager’s name</label>
      <input id="first-manager-name" value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="first-manager-pin">PIN (4 to 8 digits)</label>
      <input id="first-manager-pin" type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />
      <label htmlFor="first-manager-confirm">Same PIN again</label>
      <input id="first-manager-confirm" type="password" inputMode="numeric" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      <button type="submit" className="primary" disabled={busy}>
        Set up manager
      </button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  );
}
