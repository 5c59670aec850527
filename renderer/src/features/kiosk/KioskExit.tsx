import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/db';
import { endKioskMode } from '../../db/repos/kiosk-settings';
import { ensureDeviceId } from '../../db/repos/settings-repo';
import { activeStaff, authorizeWithPin } from '../../db/repos/staff-repo';
import { leaveKioskWindow } from '../../platform/kiosk-window';
import { useSessionStore } from '../../session/session-store';
import { StaffPinFields } from '../staff/StaffPinFields';
import { useKioskStore } from './kiosk-store';

/** Staff leave kiosk mode with their PIN; the customer's entries are forgotten first. */
export function KioskExit({ onCancel }: { onCancel: () => void }) {
  const people = useLiveQuery(() => activeStaff(db), []);
  const [staffId, setStaffId] = useState('');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const leave = async () => {
    if (!staffId) return setProblem('Choose your name.');
    setBusy(true);
    const ctx = { now: Date.now(), deviceId: await ensureDeviceId(db), online: navigator.onLine };
    const result = await authorizeWithPin(db, { staffId, pin, action: 'kiosk.leave' }, ctx).finally(() => setBusy(false));
    setPin('');
    if (!result.ok) return setProblem(result.message);
    useKioskStore.getState().reset();
    await endKioskMode(db, { ...ctx, actor: result.actor });
    // the PIN proved who they are: the till opens signed in as them
    useSessionStore.getState().signIn(result.actor, ctx.now);
    await leaveKioskWindow();
  };
  return (
    <section className="kiosk-exit" aria-label="Leave kiosk mode">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void leave();
        }}
      >
        <h1>Staff only</h1>
        <StaffPinFields idPrefix="kiosk-exit" people={people ?? []} staffId={staffId} pin={pin} onStaff={setStaffId} onPin={setPin} />
        {problem && <p role="alert">{problem}</p>}
        <button type="submit" className="kiosk-primary" disabled={busy}>
          Leave kiosk mode
        </button>
        <button type="button" onClick={onCancel}>
          Back to the kiosk
        </button>
      </form>
    </section>
  );
}
