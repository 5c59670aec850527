import { describe, expect, it } from 'vitest';
import { ALL_ACTIONS, actorLabel, allows, assertCan, can, OPEN_TILL, PermissionDeniedError, type Action, type Actor } from '../../../shared/domain/permissions';

const STAFF_MAY: Action[] = ['counter.use', 'payment.take', 'sale.refund', 'kiosk.approveDiscount', 'kiosk.leave'];
const MANAGER_ONLY: Action[] = ['campaigns.change', 'stripe.changeKeys', 'settings.change', 'staff.manage', 'audit.view', 'imports.run'];

const bo: Actor = { kind: 'staff', id: 'st-1', name: 'Bo Lind', role: 'staff' };
const ana: Actor = { kind: 'staff', id: 'mg-1', name: 'Ana Ruiz', role: 'manager' };

describe('who may do what', () => {
  it('lists every action exactly once between the staff and manager-only columns', () => {
    expect([...STAFF_MAY, ...MANAGER_ONLY].sort()).toEqual([...ALL_ACTIONS].sort());
  });

  it.each(ALL_ACTIONS)('a manager may %s', (action) => {
    expect(can('manager', action)).toBe(true);
  });

  it.each(STAFF_MAY)('staff may %s', (action) => {
    expect(can('staff', action)).toBe(true);
  });

  it.each(MANAGER_ONLY)('staff may not %s', (action) => {
    expect(can('staff', action)).toBe(false);
  });

  it('lets anyone do anything on an open till (no manager set up yet)', () => {
    for (const action of ALL_ACTIONS) expect(allows(OPEN_TILL, action)).toBe(true);
  });

  it('refuses staff a manager action with the reason, and lets a manager through', () => {
    expect(() => assertCan(bo, 'settings.change')).toThrow(new PermissionDeniedError('Only a manager can change the till’s rules and settings. Bo Lind is signed in as staff.', 'settings.change'));
    expect(() => assertCan(bo, 'stripe.changeKeys')).toThrow(PermissionDeniedError);
    expect(() => assertCan(ana, 'stripe.changeKeys')).not.toThrow();
    expect(() => assertCan(bo, 'sale.refund')).not.toThrow();
  });

  it('names the actor in the audit log by name and id, or as the open till', () => {
    expect(actorLabel(ana)).toBe('Ana Ruiz (mg-1)');
    expect(actorLabel(OPEN_TILL)).toBe('open till');
  });
});
