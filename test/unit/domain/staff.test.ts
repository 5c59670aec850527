import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterRightPin, afterWrongPin, checkIdleMinutes, checkPin, checkStaffName, describeWait, lockDuration, lockedUntil, type PinAttempts } from '../../../shared/domain/staff';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);

/** n wrong PINs in a row, each tried as soon as the person is no longer locked out. */
function wrongPins(n: number, start: PinAttempts = { failedAttempts: 0, lockedUntil: null }) {
  let state = start;
  let now = NOW;
  const locks: number[] = [];
  for (let i = 0; i < n; i++) {
    now = lockedUntil(state, now) ?? now;
    const outcome = afterWrongPin(state, now);
    if (outcome.lockedNow) locks.push(outcome.lockedUntil! - now);
    state = outcome;
  }
  return { state, locks };
}

describe('what a PIN may be', () => {
  it.each(['4821', '90317', '305186', '7264019', '58203947'])('accepts %s: 4 to 8 digits, not obvious', (pin) => {
    expect(checkPin(pin)).toEqual({ ok: true });
  });

  it.each([
    ['', 'Enter a PIN.'],
    ['48a1', 'A PIN has digits only.'],
    ['48 21', 'A PIN has digits only.'],
    ['482', 'A PIN has 4 to 8 digits; this one has 3.'],
    ['482193057', 'A PIN has 4 to 8 digits; this one has 9.'],
    ['0000', '0000 repeats one digit: anyone would guess it. Choose a less obvious PIN.'],
    ['777777', '777777 repeats one digit: anyone would guess it. Choose a less obvious PIN.'],
    ['1234', '1234 is a run of consecutive digits: anyone would guess it. Choose a less obvious PIN.'],
    ['3456789', '3456789 is a run of consecutive digits: anyone would guess it. Choose a less obvious PIN.'],
    ['4321', '4321 is a run of consecutive digits: anyone would guess it. Choose a less obvious PIN.'],
    ['1212', '1212 is one of the most common PINs. Choose a less obvious PIN.'],
    ['2580', '2580 is one of the most common PINs. Choose a less obvious PIN.'],
  ])('refuses %j with a clear message', (pin, message) => {
    expect(checkPin(pin)).toEqual({ ok: false, message });
  });

  it('never accepts anything but 4 to 8 digits', () => {
    fc.assert(fc.property(fc.string(), (pin) => !checkPin(pin).ok || /^\d{4,8}$/.test(pin)));
  });

  it('wants a name, tidied, at most 60 characters', () => {
    expect(checkStaffName('  Ana   Ruiz ')).toEqual({ ok: true, name: 'Ana Ruiz' });
    expect(checkStaffName('   ')).toEqual({ ok: false, message: 'Enter the person’s name.' });
    expect(checkStaffName('x'.repeat(61))).toEqual({ ok: false, message: 'A name has at most 60 characters.' });
  });
});

describe('locking out after wrong PINs', () => {
  it('counts 4 wrong PINs without locking, saying how many tries are left', () => {
    const outcomes = [1, 2, 3, 4].map((n) => afterWrongPin({ failedAttempts: n - 1, lockedUntil: null }, NOW));
    expect(outcomes.map((o) => [o.failedAttempts, o.attemptsLeft, o.lockedUntil])).toEqual([
      [1, 4, null],
      [2, 3, null],
      [3, 2, null],
      [4, 1, null],
    ]);
  });

  it('locks for 5 minutes at the 5th wrong PIN in a row', () => {
    const outcome = afterWrongPin({ failedAttempts: 4, lockedUntil: null }, NOW);
    expect(outcome).toEqual({ failedAttempts: 5, lockedUntil: NOW + 5 * MIN, lockedNow: true, attemptsLeft: 0 });
    expect(lockedUntil(outcome, NOW + 5 * MIN - 1)).toBe(NOW + 5 * MIN);
    expect(lockedUntil(outcome, NOW + 5 * MIN)).toBeNull();
  });

  it('doubles each further lockout: 5, 10, 20, 40 minutes', () => {
    expect(wrongPins(20).locks).toEqual([5 * MIN, 10 * MIN, 20 * MIN, 40 * MIN]);
  });

  it('never locks anyone out for more than a day', () => {
    expect(lockDuration(1)).toBe(5 * MIN);
    expect(lockDuration(9)).toBe(1280 * MIN);
    expect(lockDuration(10)).toBe(24 * 60 * MIN);
    expect(lockDuration(60)).toBe(24 * 60 * MIN);
  });

  it('starts counting again after the right PIN: the next lockout is 5 minutes again', () => {
    const { state } = wrongPins(7);
    expect(state.failedAttempts).toBe(7);
    expect(afterRightPin()).toEqual({ failedAttempts: 0, lockedUntil: null });
    expect(wrongPins(5, afterRightPin()).locks).toEqual([5 * MIN]);
  });

  it('says waits in whole minutes, rounded up', () => {
    expect(describeWait(5 * MIN)).toBe('5 minutes');
    expect(describeWait(1)).toBe('1 minute');
    expect(describeWait(4 * MIN + 1)).toBe('5 minutes');
    expect(describeWait(150 * MIN)).toBe('2 hours 30 minutes');
    expect(describeWait(60 * MIN)).toBe('1 hour');
  });
});

describe('idle sign-out time', () => {
  it('takes whole minutes from 1 to 240', () => {
    expect(checkIdleMinutes(' 15 ')).toEqual({ ok: true, minutes: 15 });
    expect(checkIdleMinutes('0')).toEqual({ ok: false, message: 'The idle time must be between 1 and 240 minutes.' });
    expect(checkIdleMinutes('2.5')).toEqual({ ok: false, message: 'Enter the idle time as whole minutes, e.g. 15.' });
  });
});
