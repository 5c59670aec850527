import { useState } from 'react';
import type { StaffMember } from '../../../../shared/domain/records';
import { describeWait, lockedUntil } from '../../../../shared/domain/staff';
import { db } from '../../db/db';
import { deactivateStaffMember, resetStaffPin } from '../../db/repos/staff-repo';
import { actorContext } from '../../session/actor-context';
import { messageOfStaffError, pinsDiffer } from './staff-errors';

function statusOf(member: StaffMember, now: number): string {
  if (!member.active) return 'Deactivated';
  const until = lockedUntil(member, now);
  return until === null ? 'Active' : `Locked out (${describeWait(until - now)} left)`;
}

/** One person on the Staff screen, with a manager's deactivate and reset-PIN. */
export function StaffRow({ member }: { member: StaffMember }) {
  const [resetting, setResetting] = useState(false);
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const run = async (change: () => Promise<void>, done: string) => {
    try {
      await change();
      setMessage({ kind: 'saved', text: done });
      setResetting(false);
      setPin('');
      setConfirm('');
    } catch (error) {
      setMessage({ kind: 'error', text: messageOfStaffError(error) });
    }
  };
  const reset = async () => {
    const differ = pinsDiffer(pin, confirm);
    if (differ) return setMessage({ kind: 'error', text: differ });
    await run(async () => resetStaffPin(db, member.id, pin, await actorContext()), `New PIN set for ${member.name}.`);
  };
  return (
    <tr aria-label={member.name}>
      <td>{member.name}</td>
      <td>{member.role === 'manager' ? 'Manager' : 'Staff'}</td>
      <td>{statusOf(member, Date.now())}</td>
      <td>
        {member.active && (
          <>
            <button type="button" onClick={() => void run(async () => deactivateStaffMember(db, member.id, await actorContext()), `${member.name} can no longer sign in.`)}>
              Deactivate {member.name}
            </button>{' '}
            <button type="button" onClick={() => setResetting(!resetting)} aria-expanded={resetting}>
              Reset PIN of {member.name}
            </button>
          </>
        )}
        {resetting && (
          <form
            aria-label={`New PIN for ${member.name}`}
            onSubmit={(e) => {
              e.preventDefault();
              void reset();
            }}
          >
            <label htmlFor={`reset-pin-${member.id}`}>New PIN</label>
            <input id={`reset-pin-${member.id}`} type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />
            <label htmlFor={`reset-confirm-${member.id}`}>Same PIN again</label>
            <input id={`reset-confirm-${member.id}`} type="password" inputMode="numeric" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
            <button type="submit">Set new PIN</button>
          </form>
        )}
        {message && <p role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
      </td>
    </tr>
  );
}
