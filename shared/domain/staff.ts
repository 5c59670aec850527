/**
 * Staff sign-in rules: what a PIN may be, and how repeated wrong PINs lock a person out.
 * Pure: the renderer hashes PINs (WebCrypto) and stores the state these functions compute.
 */

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;

/** PINs anyone would try first, beyond the repeated digits and straight runs caught by rule. */
const WELL_KNOWN_PINS = new Set(['1212', '2580', '0852', '1004', '2000', '6969', '1122', '1313', '4444', '7777', '112233', '121212', '123123', '159753']);

export type PinCheck = { ok: true } | { ok: false; message: string };

/** A PIN is 4 to 8 digits that are not among the first ones a stranger would guess. */
export function checkPin(pin: string): PinCheck {
  if (pin === '') return { ok: false, message: 'Enter a PIN.' };
  if (!/^\d+$/.test(pin)) return { ok: false, message: 'A PIN has digits only.' };
  if (pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) {
    return { ok: false, message: `A PIN has ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} digits; this one has ${pin.length}.` };
  }
  if (/^(\d)\1+$/.test(pin)) return { ok: false, message: `${pin} repeats one digit: anyone would guess it. Choose a less obvious PIN.` };
  if (isStraightRun(pin)) return { ok: false, message: `${pin} is a run of consecutive digits: anyone would guess it. Choose a less obvious PIN.` };
  if (WELL_KNOWN_PINS.has(pin)) return { ok: false, message: `${pin} is one of the most common PINs. Choose a less obvious PIN.` };
  return { ok: true };
}

/** 1234, 3456, 9876 …: each digit one more (or one less) than the one before. */
function isStraightRun(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((d, i) => d - digits[i]!);
  return steps.every((s) => s === 1) || steps.every((s) => s === -1);
}

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

export function checkStaffName(raw: string): NameCheck {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, message: 'Enter the person’s name.' };
  if (name.length > 60) return { ok: false, message: 'A name has at most 60 characters.' };
  return { ok: true, name };
}

// ---- lockout ----

export const LOCKOUT = {
  /** wrong PINs in a row that lock a person out */
  failuresPerLockout: 5,
  /** the first lockout; each further one doubles it */
  firstLockMs: 5 * 60_000,
  /** no lockout lasts longer than a day, however many there were */
  longestLockMs: 24 * 60 * 60_000,
} as const;

/** What a person's record keeps about wrong PINs; failures count on across lockouts until a success. */
export interface PinAttempts {
  failedAttempts: number;
  lockedUntil: number | null;
}

/** The time until which sign-in is refused, or null when the person may try. */
export function lockedUntil(state: PinAttempts, now: number): number | null {
  return state.lockedUntil !== null && state.lockedUntil > now ? state.lockedUntil : null;
}

/** How long the nth lockout (1, 2, 3 …) lasts: 5 min, 10 min, 20 min …, at most a day. */
export function lockDuration(lockoutNumber: number): number {
  const doubled = LOCKOUT.firstLockMs * 2 ** Math.max(0, lockoutNumber - 1);
  return Math.min(doubled, LOCKOUT.longestLockMs);
}

export type FailedPinOutcome = PinAttempts & { lockedNow: boolean; attemptsLeft: number };

/**
 * A wrong PIN: counted; every 5th wrong PIN in a row locks the person out, each lockout twice as
 * long as the one before. Call only when not locked (a locked person's attempts are refused unchecked).
 */
export function afterWrongPin(state: PinAttempts, now: number): FailedPinOutcome {
  const failedAttempts = state.failedAttempts + 1;
  const intoRound = failedAttempts % LOCKOUT.failuresPerLockout;
  if (intoRound !== 0) return { failedAttempts, lockedUntil: null, lockedNow: false, attemptsLeft: LOCKOUT.failuresPerLockout - intoRound };
  const lockoutNumber = failedAttempts / LOCKOUT.failuresPerLockout;
  return { failedAttempts, lockedUntil: now + lockDuration(lockoutNumber), lockedNow: true, attemptsLeft: 0 };
}

/** The right PIN: the count of failures starts again. */
export function afterRightPin(): PinAttempts {
  return { failedAttempts: 0, lockedUntil: null };
}

/** "5 minutes", "1 minute", "2 hours 30 minutes" (rounded up to whole minutes). */
export function describeWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (hours === 0) return part(minutes, 'minute');
  return rest === 0 ? part(hours, 'hour') : `${part(hours, 'hour')} ${part(rest, 'minute')}`;
}

// ---- idle sign-out ----

export const DEFAULT_IDLE_MINUTES = 15;

/** The manager's idle time before sign-out: whole minutes from 1 to 240. */
export function checkIdleMinutes(raw: string): { ok: true; minutes: number } | { ok: false; message: string } {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return { ok: false, message: 'Enter the idle time as whole minutes, e.g. 15.' };
  const minutes = Number(text);
  if (minutes < 1 || minutes > 240) return { ok: false, message: 'The idle time must be between 1 and 240 minutes.' };
  return { ok: true, minutes };
}
