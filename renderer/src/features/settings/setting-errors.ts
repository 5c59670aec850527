import { PermissionDeniedError } from '../../../../shared/domain/permissions';

/** A refusal in its own words ("Only a manager can …"); anything else says it was not saved. */
export function messageOfSettingError(error: unknown): string {
  if (error instanceof PermissionDeniedError) return error.message;
  return `Not saved on this device: ${error instanceof Error ? error.message : String(error)}`;
}
