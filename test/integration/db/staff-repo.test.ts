import { describe, expect, it } from 'vitest';
import { OPEN_TILL, PermissionDeniedError, type Actor } from '../../../shared/domain/permissions';
import { savePayLaterCap, saveShopAddress } from '../../../renderer/src/db/repos/manager-settings';
import { getSetting, SETTING } from '../../../renderer/src/db/repos/settings-repo';
import { constantTimeEqual, hashPin, PIN_ITERATIONS, pinMatches } from '../../../renderer/src/db/repos/pin-hash';
import {
  addStaffMember,
  authorizeWithPin,
  createFirstManager,
  deactivateStaffMember,
  resetStaffPin,
  StaffChangeError,
  staffSetUp,
  verifyPin,
} from '../../../renderer/src/db/repos/staff-repo';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { freshDb, NOW } from './store-fixture';

const MIN = 60_000;
const device = { now: NOW, deviceId: 'device-1', online: true };
const as = (actor: Actor, now = NOW) => ({ ...device, now, actor });

async function tillWithManagerAndStaff(db: PosDb) {
  const ana = await createFirstManager(db, { name: 'Ana Ruiz', pin: '4821' }, device);
  const bo = await addStaffMember(db, { name: 'Bo Lind', role: 'staff', pin: '7394' }, as(ana));
  return { ana, bo: { kind: 'staff', id: bo.id, name: bo.name, role: bo.role } as const };
}

const actions = async (db: PosDb) => (await db.audit.orderBy('at').toArray()).map((e) => `${e.action} by ${e.actor}`);

describe('staff and their PINs in the store', () => {
  it('keeps only a PBKDF2-SHA256 hash of the PIN, with its own salt and work factor', async () => {
    const db = freshDb();
    const { ana } = await tillWithManagerAndStaff(db);
    const [first, second] = [await db.staff.get(ana.id), (await db.staff.filter((m) => m.name === 'Bo Lind').first())!];
    for (const member of [first!, second]) {
      expect(member.pin.kdf).toBe('PBKDF2-SHA256');
      expect(member.pin.iterations).toBeGreaterThanOrEqual(310_000);
      expect(member.pin.iterations).toBe(PIN_ITERATIONS);
      expect(member.pin.salt).toMatch(/^[0-9a-f]{32}$/);
      expect(member.pin.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(member)).not.toContain('"4821"');
    }
    expect(first!.pin.hash).not.toBe('4821');
    expect(first!.pin.salt).not.toBe(second.pin.salt);
  });

  it('matches the same PIN only, whatever the salt, comparing every byte', async () => {
    const stored = await hashPin('48213');
    expect(await pinMatches('48213', stored)).toBe(true);
    expect(await pinMatches('48214', stored)).toBe(false);
    expect(await pinMatches('4821', stored)).toBe(false);
    expect((await hashPin('48213')).hash).not.toBe(stored.hash);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
  });

  it('sets up the first manager on an open till once only, and the till then needs a sign-in', async () => {
    const db = freshDb();
    expect(await staffSetUp(db)).toBe(false);
    await createFirstManager(db, { name: 'Ana Ruiz', pin: '4821' }, device);
    expect(await staffSetUp(db)).toBe(true);
    await expect(createFirstManager(db, { name: 'Eve', pin: '5930' }, device)).rejects.toThrow('A manager is already set up on this till');
    await expect(savePayLaterCap(db, 5_000, as(OPEN_TILL))).rejects.toThrow('Sign in first: this till has staff set up.');
    expect(await db.staff.count()).toBe(1);
  });

  it('refuses an obvious PIN or a duplicate name, writing nothing', async () => {
    const db = freshDb();
    await expect(createFirstManager(db, { name: 'Ana', pin: '1234' }, device)).rejects.toThrow(new StaffChangeError('1234 is a run of consecutive digits: anyone would guess it. Choose a less obvious PIN.'));
    const { ana } = await tillWithManagerAndStaff(db);
    await expect(addStaffMember(db, { name: 'bo lind', role: 'staff', pin: '6402' }, as(ana))).rejects.toThrow('bo lind is already on the staff list');
    expect(await db.staff.count()).toBe(2);
  });

  it('signs in with the right PIN and writes who, when, which device, online or not', async () => {
    const db = freshDb();
    const { bo } = await tillWithManagerAndStaff(db);
    const result = await verifyPin(db, { staffId: bo.id, pin: '7394', purpose: 'sign_in' }, { ...device, now: NOW + MIN, online: false });
    expect(result).toEqual({ ok: true, actor: bo });
    const entry = (await db.audit.orderBy('at').last())!;
    expect(entry).toMatchObject({ action: 'staff.signed_in', actor: `Bo Lind (${bo.id})`, at: NOW + MIN, deviceId: 'device-1', online: false });
  });

  it('counts a wrong PIN, locks out at the 5th, refuses even the right PIN until the lockout ends', async () => {
    const db = freshDb();
    const { bo } = await tillWithManagerAndStaff(db);
    const attempt = (pin: string, now: number) => verifyPin(db, { staffId: bo.id, pin, purpose: 'sign_in' }, { ...device, now });
    const first = await attempt('1111', NOW);
    expect(first).toEqual({ ok: false, reason: 'wrong_pin', attemptsLeft: 4, message: 'Wrong PIN. 4 more tries before Bo Lind is locked out for 5 minutes.' });
    expect((await db.staff.get(bo.id))!.failedAttempts).toBe(1);
    for (let i = 2; i <= 4; i++) await attempt('1111', NOW);
    const fifth = await attempt('1111', NOW);
    expect(fifth).toMatchObject({ ok: false, reason: 'locked', lockedUntil: NOW + 5 * MIN, message: 'Wrong PIN. Too many wrong PINs: Bo Lind is locked out for 5 minutes.' });
    expect(await attempt('7394', NOW + 5 * MIN - 1)).toMatchObject({ ok: false, reason: 'locked', message: 'Bo Lind is locked out after too many wrong PINs: try again in 1 minute.' });
    expect((await db.staff.get(bo.id))!.failedAttempts).toBe(5);
    expect(await attempt('7394', NOW + 5 * MIN)).toEqual({ ok: true, actor: bo });
    expect(await db.staff.get(bo.id)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    const log = await actions(db);
    const who = `by Bo Lind (${bo.id})`;
    expect(log.slice(-8)).toEqual([
      ...Array<string>(5).fill(`staff.pin_wrong ${who}`),
      `staff.locked_out ${who}`,
      `staff.pin_refused_locked ${who}`,
      `staff.signed_in ${who}`,
    ]);
  });

  it('doubles the next lockout when the wrong PINs go on after the first one ends', async () => {
    const db = freshDb();
    const { bo } = await tillWithManagerAndStaff(db);
    for (let i = 0; i < 5; i++) await verifyPin(db, { staffId: bo.id, pin: '1111', purpose: 'sign_in' }, device);
    const later = NOW + 5 * MIN;
    let last;
    for (let i = 0; i < 5; i++) last = await verifyPin(db, { staffId: bo.id, pin: '1111', purpose: 'sign_in' }, { ...device, now: later });
    expect(last).toMatchObject({ reason: 'locked', lockedUntil: later + 10 * MIN });
  });

  it('approves a kiosk action with a PIN only for a role allowed to do it', async () => {
    const db = freshDb();
    const { bo } = await tillWithManagerAndStaff(db);
    expect(await authorizeWithPin(db, { staffId: bo.id, pin: '7394', action: 'kiosk.leave' }, device)).toEqual({ ok: true, actor: bo });
    expect(await authorizeWithPin(db, { staffId: bo.id, pin: '7394', action: 'settings.change' }, device)).toEqual({
      ok: false,
      reason: 'not_allowed',
      message: 'Only a manager can change the till’s rules and settings. Bo Lind is signed in as staff.',
    });
    expect((await db.audit.orderBy('at').last())!.details).toEqual({ purpose: 'settings.change' });
  });

  it('lets a manager reset a PIN (lifting a lockout) and deactivate someone, but not the last manager', async () => {
    const db = freshDb();
    const { ana, bo } = await tillWithManagerAndStaff(db);
    for (let i = 0; i < 5; i++) await verifyPin(db, { staffId: bo.id, pin: '1111', purpose: 'sign_in' }, device);
    await resetStaffPin(db, bo.id, '6402', as(ana));
    expect(await verifyPin(db, { staffId: bo.id, pin: '6402', purpose: 'sign_in' }, device)).toEqual({ ok: true, actor: bo });
    await expect(deactivateStaffMember(db, ana.id, as(ana))).rejects.toThrow('Ana Ruiz is the only manager: add another manager before deactivating them.');
    await deactivateStaffMember(db, bo.id, as(ana));
    expect(await verifyPin(db, { staffId: bo.id, pin: '6402', purpose: 'sign_in' }, device)).toMatchObject({ ok: false, reason: 'unknown' });
    expect((await actions(db)).slice(-3)).toEqual([`staff.pin_reset by Ana Ruiz (${ana.id})`, `staff.signed_in by Bo Lind (${bo.id})`, `staff.deactivated by Ana Ruiz (${ana.id})`]);
  });

  it('refuses staff every staff change, and a deactivated manager anything', async () => {
    const db = freshDb();
    const { ana, bo } = await tillWithManagerAndStaff(db);
    await expect(addStaffMember(db, { name: 'Cy', role: 'manager', pin: '6402' }, as(bo))).rejects.toThrow(PermissionDeniedError);
    await expect(resetStaffPin(db, ana.id, '6402', as(bo))).rejects.toThrow('Only a manager can manage staff. Bo Lind is signed in as staff.');
    const cy = await addStaffMember(db, { name: 'Cy', role: 'manager', pin: '6402' }, as(ana));
    await deactivateStaffMember(db, cy.id, as(ana));
    await expect(savePayLaterCap(db, 1_000, as({ kind: 'staff', id: cy.id, name: 'Cy', role: 'manager' }))).rejects.toThrow('Cy is no longer active on this till.');
  });
});

describe('manager settings', () => {
  const address = { displayName: 'Corner Shop', address: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US', state: null } };

  it('refuses staff the pay-later cap and shop address, changing nothing', async () => {
    const db = freshDb();
    const { bo } = await tillWithManagerAndStaff(db);
    const before = await db.audit.count();
    await expect(savePayLaterCap(db, 5_000, as(bo))).rejects.toThrow('Only a manager can change the till’s rules and settings. Bo Lind is signed in as staff.');
    await expect(saveShopAddress(db, address, as(bo))).rejects.toThrow(PermissionDeniedError);
    expect(await getSetting(db, SETTING.payLaterCap)).toBeUndefined();
    expect(await getSetting(db, SETTING.shopLocation)).toBeUndefined();
    expect(await db.audit.count()).toBe(before);
  });

  it('saves a manager’s change with its audit entry, and anyone’s on an open till', async () => {
    const db = freshDb();
    await savePayLaterCap(db, 2_000, as(OPEN_TILL));
    expect((await db.audit.orderBy('at').last())).toMatchObject({ action: 'settings.pay_later_cap', actor: 'open till', details: { cap: 2_000 } });
    const { ana } = await tillWithManagerAndStaff(db);
    await savePayLaterCap(db, 5_000, as(ana, NOW + 1));
    await saveShopAddress(db, address, as(ana, NOW + 2));
    expect(await getSetting(db, SETTING.payLaterCap)).toBe(5_000);
    expect((await actions(db)).slice(-2)).toEqual([`settings.pay_later_cap by Ana Ruiz (${ana.id})`, `settings.shop_address by Ana Ruiz (${ana.id})`]);
  });
});
