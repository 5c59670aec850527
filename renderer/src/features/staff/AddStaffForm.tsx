import { useState } from 'react';
import type { StaffRole } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { addStaffMember } from '../../db/repos/staff-repo';
import { actorContext } from '../../session/actor-context';
import { messageOfStaffError, pinsDiffer } from './staff-errors';

/** A manager adds a person with their first PIN. */
export function AddStaffForm() {
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('staff');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const differ = pinsDiffer(pin, confirm);
    if (differ) return setMessage({ kind: 'error', text: differ });
    setBusy(true);
    try {
      const member = await addStaffMember(db, { name, role, pin }, await actorContext());
      setName('');
      setPin('');
      setConfirm('');
      setMessage({ kind: 'saved', text: `Added ${member.name} as ${member.role}: they can sign in with their PIN.` });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOfStaffError(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      aria-label="Add a person"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Add a person</h3>
      <label htmlFor="add-staff-name">Name</label>
      <input id="add-staff-name" value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="add-staff-role">Role</label>
      <select id="add-staff-role" value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
        <option value="staff">Staff (counter, payments, refunds)</option>
        <option value="manager">Manager (everything)</option>
      </select>
      <label htmlFor="add-staff-pin">PIN (4 to 8 digits)</label>
      <input id="add-staff-pin" type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />
      <label htmlFor="add-staff-confirm">Same PIN again</label>
      <input id="add-staff-confirm" type="password" inputMode="numeric" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      <button type="submit" className="primary" disabled={busy}>
        Add person
      </button>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}
