import type { StaffRole } from './records';

/**
 * What each role may do. A manager may do everything. Staff run the counter: sales, payments,
 * refunds and voids (no amount threshold: a refund is always tied to a recorded sale and audited),
 * and they may approve a kiosk customer's discount and take a kiosk out of kiosk mode, since they
 * are the ones standing beside it. Staff never change what the shop offers or how the till is set up.
 */
export const ACTION_LABELS = {
  'counter.use': 'use the counter',
  'payment.take': 'take payments',
  'sale.refund': 'refund or void a sale',
  'kiosk.approveDiscount': 'approve a kiosk discount',
  'kiosk.leave': 'leave kiosk mode',
  'campaigns.change': 'change campaigns',
  'stripe.changeKeys': 'change the Stripe keys',
  'settings.change': 'change the till’s rules and settings',
  'staff.manage': 'manage staff',
  'audit.view': 'view the audit log',
  'imports.run': 'run imports and uploads',
} as const;

export type Action = keyof typeof ACTION_LABELS;

export const ALL_ACTIONS = Object.keys(ACTION_LABELS) as Action[];

const STAFF_ACTIONS: readonly Action[] = ['counter.use', 'payment.take', 'sale.refund', 'kiosk.approveDiscount', 'kiosk.leave'];

const PERMISSIONS: Record<StaffRole, ReadonlySet<Action>> = {
  manager: new Set(ALL_ACTIONS),
  staff: new Set(STAFF_ACTIONS),
};

/** Whether a role may do an action. */
export function can(role: StaffRole, action: Action): boolean {
  return PERMISSIONS[role].has(action);
}

/**
 * Who is acting. Until a first manager is set up the till runs open: anyone may do anything, and the
 * audit log says "open till". Once one exists, every action belongs to a signed-in person.
 */
export type Actor = { kind: 'open_till' } | { kind: 'staff'; id: string; name: string; role: StaffRole };

export const OPEN_TILL: Actor = { kind: 'open_till' };

export function allows(actor: Actor, action: Action): boolean {
  return actor.kind === 'open_till' || can(actor.role, action);
}

/** Why the actor may not do the action, in words for the screen; null when allowed. */
export function refusalOf(actor: Actor, action: Action): string | null {
  if (allows(actor, action)) return null;
  return `Only a manager can ${ACTION_LABELS[action]}. ${actor.kind === 'staff' ? `${actor.name} is signed in as staff.` : ''}`.trim();
}

/** Thrown by a write the actor may not make; nothing was written. */
export class PermissionDeniedError extends Error {
  constructor(
    message: string,
    readonly action: Action,
  ) {
    super(message);
    this.name = 'PermissionDeniedError';
  }
}

/** For the functions that write: refuses (throws) unless the actor may do the action. */
export function assertCan(actor: Actor, action: Action): void {
  const refusal = refusalOf(actor, action);
  if (refusal !== null) throw new PermissionDeniedError(refusal, action);
}

/** The audit log's "who": the person's name and id, or "open till" before staff were set up. */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'open_till' ? 'open till' : `${actor.name} (${actor.id})`;
}
