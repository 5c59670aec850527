import type { ManagerAct } from '../../db/repos/campaign-editor';
import { actingAs } from '../../session/acting';

/** The signed-in person changing campaigns: only a manager (or anyone on an open till) may. */
export function managerAct(): Promise<ManagerAct> {
  return actingAs('campaigns.change');
}
