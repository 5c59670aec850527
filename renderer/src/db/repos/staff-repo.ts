import { uuidv7 } from 'uuidv7';
import { assertCan, PermissionDeniedError, type Action, type Actor } from '../../../../shared/domain/permissions';
import type { StaffMember, StaffRole } from '../../../../shared/domain/records';
import { afterRightPin, afterWrongPin, checkPin, checkStaffName, describeWait, lockDuration, LOCKOUT, lockedUntil } from '../../../../shared/domain/staff';
import type { PosDb } from '../pos-db';
import { appendAudit, type ActorContext } from './audit-repo';
import { hashPin, pinMatches } from './pin-hash';

/** A staff change refused (bad name or PIN, duplicate, last manager); nothing was written. */
export class StaffChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaffChangeError';
  }
}

export type StaffActor = Extract<Actor, { kind: 'staff' }>;

export function actorOf(member: StaffMember): StaffActor {
  return { kind: 'staff', id: member.id, name: member.name, role: member.role };
}

/** Staff are set up once an active manager exists; before that the till runs open. */
export async function staffSetUp(db: PosDb): Promise<boolean> {
  return (await db.staff.filter((m) => m.active && m.role === 'manager').count()) > 0;
}

/** Everyone who may sign in, by name. */
export async function activeStaff(db: PosDb): Promise<StaffMember[]> {
  const members = await db.staff.filter((m) => m.active).toArray();
  return members.sort((a, b) => a.name.localeCompare(b.name));
}

/** Everyone, active first, by name: the Staff screen's list. */
export async function allStaff(db: PosDb): Promise<StaffMember[]> {
  const members = await db.staff.toArray();
  return members.sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
}

/**
 * The actor as the store knows them now: a signed-in person must still be active (their role read
 * afresh), and "open till" is only valid while no manager is set up. Call inside the write's
 * transaction (with db.staff) so that the check and the write see the same staff.
 */
export async function resolveActor(db: PosDb, actor: Actor): Promise<Actor> {
  if (actor.kind === 'open_till') {
    if (await staffSetUp(db)) throw new PermissionDeniedError('Sign in first: this till has staff set up.', 'counter.use');
    return actor;
  }
  const member = await db.staff.get(actor.id);
  if (!member?.active) throw new PermissionDeniedError(`${actor.name} is no longer active on this till.`, 'counter.use');
  return actorOf(member);
}

/** The check a write makes before writing: refuses (throws PermissionDeniedError) unless the actor may. */
export async function assertAllowed(db: PosDb, actor: Actor, action: Action): Promise<Actor> {
  const current = await resolveActor(db, actor);
  assertCan(current, action);
  return current;
}

interface NewMember {
  name: string;
  role: StaffRole;
  pin: string;
}

function validated(input: NewMember): { name: string } {
  const name = checkStaffName(input.name);
  if (!name.ok) throw new StaffChangeError(name.message);
  const pin = checkPin(input.pin);
  if (!pin.ok) throw new StaffChangeError(pin.message);
  return { name: name.name };
}

/** The first manager, set up on an open till; from then on everyone signs in. */
export async function createFirstManager(db: PosDb, input: { name: string; pin: string }, ctx: Omit<ActorContext, 'actor'>): Promise<StaffActor> {
  const { name } = validated({ ...input, role: 'manager' });
  const pin = await hashPin(input.pin);
  return db.transaction('rw', [db.staff, db.audit], async () => {
    if (await staffSetUp(db)) throw new StaffChangeError('A manager is already set up on this till: sign in as them to add people.');
    const member = newMember(name, 'manager', pin, ctx.now);
    await db.staff.add(member);
    await appendAudit(db, { ...ctx, actor: actorOf(member) }, 'staff.first_manager_created', { staffId: member.id, name });
    return actorOf(member);
  });
}

/** A manager adds a person (staff or manager) with their first PIN. */
export async function addStaffMember(db: PosDb, input: NewMember, ctx: ActorContext): Promise<StaffMember> {
  await assertAllowed(db, ctx.actor, 'staff.manage');
  const { name } = validated(input);
  const pin = await hashPin(input.pin);
  return db.transaction('rw', [db.staff, db.audit], async () => {
    await assertAllowed(db, ctx.actor, 'staff.manage');
    const taken = await db.staff.filter((m) => m.active && m.name.toLowerCase() === name.toLowerCase()).count();
    if (taken > 0) throw new StaffChangeError(`${name} is already on the staff list; use a name that tells them apart at sign-in.`);
    const member = newMember(name, input.role, pin, ctx.now);
    await db.staff.add(member);
    await appendAudit(db, ctx, 'staff.added', { staffId: member.id, name, role: input.role });
    return member;
  });
}

/** A manager removes a person's access; the last active manager stays, or nobody could manage the till. */
export async function deactivateStaffMember(db: PosDb, staffId: string, ctx: ActorContext): Promise<void> {
  await db.transaction('rw', [db.staff, db.audit], async () => {
    await assertAllowed(db, ctx.actor, 'staff.manage');
    const member = await db.staff.get(staffId);
    if (!member?.active) throw new StaffChangeError('That person is not active on this till.');
    const managers = await db.staff.filter((m) => m.active && m.role === 'manager').count();
    if (member.role === 'manager' && managers <= 1) throw new StaffChangeError(`${member.name} is the only manager: add another manager before deactivating them.`);
    await db.staff.update(staffId, { active: false });
    await appendAudit(db, ctx, 'staff.deactivated', { staffId, name: member.name });
  });
}

/** A manager sets a new PIN for someone (forgotten, or shared); it also lifts a lockout. */
export async function resetStaffPin(db: PosDb, staffId: string, newPin: string, ctx: ActorContext): Promise<void> {
  await assertAllowed(db, ctx.actor, 'staff.manage');
  const check = checkPin(newPin);
  if (!check.ok) throw new StaffChangeError(check.message);
  const pin = await hashPin(newPin);
  await db.transaction('rw', [db.staff, db.audit], async () => {
    await assertAllowed(db, ctx.actor, 'staff.manage');
    const member = await db.staff.get(staffId);
    if (!member?.active) throw new StaffChangeError('That person is not active on this till.');
    await db.staff.update(staffId, { pin, failedAttempts: 0, lockedUntil: null });
    await appendAudit(db, ctx, 'staff.pin_reset', { staffId, name: member.name });
  });
}

/** Sign-out, by hand or after the idle time, for the audit log. */
export async function recordSignOut(db: PosDb, reason: 'manual' | 'idle', ctx: ActorContext): Promise<void> {
  await db.transaction('rw', db.audit, () => appendAudit(db, ctx, 'staff.signed_out', { reason }));
}

/** What a PIN is entered for: signing in, or a one-off approval such as leaving kiosk mode. */
export type PinPurpose = 'sign_in' | Action;

export type PinResult =
  | { ok: true; actor: StaffActor }
  | { ok: false; reason: 'wrong_pin'; message: string; attemptsLeft: number }
  | { ok: false; reason: 'locked'; message: string; lockedUntil: number }
  | { ok: false; reason: 'unknown' | 'not_allowed'; message: string };

type DeviceContext = Omit<ActorContext, 'actor'>;

/**
 * Checks a person's PIN and applies the lockout: a wrong PIN is counted, the 5th in a row locks them
 * out (5 min, then 10, 20 …), a locked person is refused even with the right PIN, the right PIN
 * clears the count. The outcome and its audit entries are written in one transaction. Reusable for
 * any PIN prompt: pass the purpose (e.g. 'kiosk.leave'); use `authorizeWithPin` when a role matters.
 */
export async function verifyPin(db: PosDb, attempt: { staffId: string; pin: string; purpose: PinPurpose }, ctx: DeviceContext): Promise<PinResult> {
  const before = await db.staff.get(attempt.staffId);
  if (!before?.active) return { ok: false, reason: 'unknown', message: 'Choose your name from the list.' };
  // the slow hash runs outside the transaction: IndexedDB commits a transaction left waiting on other work
  const matches = lockedUntil(before, ctx.now) === null && (await pinMatches(attempt.pin, before.pin));
  return db.transaction('rw', [db.staff, db.audit], async () => {
    const member = await db.staff.get(attempt.staffId);
    if (!member?.active) return { ok: false, reason: 'unknown', message: 'Choose your name from the list.' } as const;
    const who = { ...ctx, actor: actorOf(member) };
    const until = lockedUntil(member, ctx.now);
    if (until !== null) {
      await appendAudit(db, who, 'staff.pin_refused_locked', { purpose: attempt.purpose, lockedUntil: until });
      return { ok: false, reason: 'locked', lockedUntil: until, message: `${member.name} is locked out after too many wrong PINs: try again in ${describeWait(until - ctx.now)}.` } as const;
    }
    if (matches && member.pin.hash === before.pin.hash) {
      await db.staff.update(member.id, afterRightPin());
      await appendAudit(db, who, attempt.purpose === 'sign_in' ? 'staff.signed_in' : 'staff.pin_approved', attempt.purpose === 'sign_in' ? {} : { purpose: attempt.purpose });
      return { ok: true, actor: actorOf(member) } as const;
    }
    return wrongPin(db, member, attempt.purpose, who);
  });
}

async function wrongPin(db: PosDb, member: StaffMember, purpose: PinPurpose, who: ActorContext): Promise<PinResult> {
  const outcome = afterWrongPin(member, who.now);
  await db.staff.update(member.id, { failedAttempts: outcome.failedAttempts, lockedUntil: outcome.lockedUntil });
  await appendAudit(db, who, 'staff.pin_wrong', { purpose, failedAttempts: outcome.failedAttempts });
  if (outcome.lockedUntil !== null) {
    await appendAudit(db, who, 'staff.locked_out', { lockedUntil: outcome.lockedUntil, minutes: (outcome.lockedUntil - who.now) / 60_000 });
    return { ok: false, reason: 'locked', lockedUntil: outcome.lockedUntil, message: `Wrong PIN. Too many wrong PINs: ${member.name} is locked out for ${describeWait(outcome.lockedUntil - who.now)}.` };
  }
  const nextLock = lockDuration(Math.floor(outcome.failedAttempts / LOCKOUT.failuresPerLockout) + 1);
  const tries = outcome.attemptsLeft === 1 ? '1 more try' : `${outcome.attemptsLeft} more tries`;
  return { ok: false, reason: 'wrong_pin', attemptsLeft: outcome.attemptsLeft, message: `Wrong PIN. ${tries} before ${member.name} is locked out for ${describeWait(nextLock)}.` };
}

/** A PIN prompt for one action (staff approving a kiosk discount, leaving kiosk mode): the right PIN of someone whose role allows it. */
export async function authorizeWithPin(db: PosDb, attempt: { staffId: string; pin: string; action: Action }, ctx: DeviceContext): Promise<PinResult> {
  const result = await verifyPin(db, { staffId: attempt.staffId, pin: attempt.pin, purpose: attempt.action }, ctx);
  if (!result.ok) return result;
  try {
    assertCan(result.actor, attempt.action);
    return result;
  } catch (error) {
    if (error instanceof PermissionDeniedError) return { ok: false, reason: 'not_allowed', message: error.message };
    throw error;
  }
}

function newMember(name: string, role: StaffRole, pin: StaffMember['pin'], now: number): StaffMember {
  return { id: uuidv7(), name, role, pin, failedAttempts: 0, lockedUntil: null, active: true, createdAt: now };
}
