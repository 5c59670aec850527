import { PermissionDeniedError } from '../../../../shared/domain/permissions';
import { StaffChangeError } from '../../db/repos/staff-repo';

/** A refusal in its own words; anything else says it was not saved. */
export function messageOfStaffError(error: unknown): string {
  if (error instanceof StaffChangeError || error instanceof PermissionDeniedError) return error.message;
  return `Not saved on this device: ${error instanceof Error ? error.message : String(error)}`;
}

/** The two PIN fields must agree before anything is hashed. */
export function pinsDiffer(pin: string, confirm: string): string | null {
  return pin === confirm ? null : 'The two PINs differ: type the same PIN twice.';
}
