import type { Action } from '../../../../shared/domain/permissions';
import type { ActionContext } from '../../db/repos/referrer-audit';
import { actingAs } from '../../session/acting';

/**
 * Who acts on the Referrers screen, for the audit log. Adding, editing and giving codes to
 * referrers is counter work any staff may do; imports and the Stripe sync need `imports.run`.
 */
export function managerAction(action?: Action): Promise<ActionContext> {
  return actingAs(action);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
