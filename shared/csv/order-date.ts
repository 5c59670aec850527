/**
 * The order date of an uploaded row. Only unambiguous forms are read: ISO 8601 dates, with or
 * without a time. "03/04/2026" could be March or April, so it is refused rather than guessed.
 */

/** Said on screen and in every date error. */
export const ACCEPTED_DATE_FORMATS = 'YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or ISO 8601 with a zone (2026-11-20T14:30:00Z, 2026-11-20T14:30+01:00)';

export type OrderDate = { ok: true; at: number } | { ok: false; message: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads an order date as epoch ms. A date or time without a zone is the device's local time;
 * a date alone is the start of that day. Refuses impossible dates (2026-02-30) and dates after `now`.
 */
export function parseOrderDate(text: string, now: number): OrderDate {
  const m = ISO.exec(text.trim());
  if (!m) return { ok: false, message: `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}” is not a date we read: use ${ACCEPTED_DATE_FORMATS}.` };
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((p) => (p === undefined ? undefined : Number(p))) as number[];
  const millis = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  const zone = m[8];
  if (!validParts(year!, month!, day!, hour, minute, second)) return { ok: false, message: `“${text}” is not a real date or time.` };
  const at = zone === undefined
    ? new Date(year!, month! - 1, day!, hour, minute, second, millis).getTime()
    : Date.UTC(year!, month! - 1, day!, hour, minute, second, millis) - zoneOffsetMs(zone);
  if (at > now) return { ok: false, message: `${text} is in the future.` };
  return { ok: true, at };
}

function validParts(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function zoneOffsetMs(zone: string): number {
  if (zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return (zone.startsWith('-') ? -1 : 1) * minutes * 60_000;
}
