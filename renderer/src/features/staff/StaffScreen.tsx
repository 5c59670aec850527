import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { allStaff } from '../../db/repos/staff-repo';
import { useRefusal } from '../../session/useCan';
import { AddStaffForm } from './AddStaffForm';
import { FirstManagerForm } from './FirstManagerForm';
import { IdleTimeForm } from './IdleTimeForm';
import { StaffRow } from './StaffRow';
import { useStaffState } from './useStaffState';

/** #/staff: the first manager on an open till; afterwards a manager's list of people, PINs and idle time. */
export function StaffScreen() {
  const state = useStaffState();
  const refusal = useRefusal('staff.manage');
  const members = useLiveQuery(() => allStaff(db), [], []);
  if (state === undefined) return null;
  return (
    <main className="staff-screen" aria-label="Staff">
      <h2>Staff</h2>
      {!state.setUp ? (
        <FirstManagerForm />
      ) : refusal !== null ? (
        <p role="alert">{refusal}</p>
      ) : (
        <>
          <table aria-label="People">
            <thead>
              <tr>
                <th>Name</th>
                <th>Role</th>
                <th>Status</th>
                <th>Change</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <StaffRow key={m.id} member={m} />
              ))}
            </tbody>
          </table>
          <AddStaffForm />
          <IdleTimeForm />
        </>
      )}
    </main>
  );
}
