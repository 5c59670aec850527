import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { activeStaff } from '../../db/repos/staff-repo';
import type { StaffMember } from '../../../../shared/domain/records';

export interface StaffState {
  /** people who may sign in, by name */
  people: StaffMember[];
  /** an active manager exists: everyone signs in; before that the till runs open */
  setUp: boolean;
}

/** Who may sign in at this till; undefined until the store has answered. */
export function useStaffState(): StaffState | undefined {
  return useLiveQuery(async () => {
    const people = await activeStaff(db);
    return { people, setUp: people.some((p) => p.role === 'manager') };
  }, []);
}
