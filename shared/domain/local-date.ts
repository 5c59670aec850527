/**
 * Days in the device's local calendar (what <input type="date"> shows), read through Date's
 * local-time constructors: the time zone is the device's, as the manager sees it.
 */

/** The local day written YYYY-MM-DD, or null when there is no such day. */
export function parseLocalDay(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? localDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function localDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  const real = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real && year >= 1970 ? date : null;
}

/** 23:59:59 (local time) of the given day, in epoch ms. */
export function endOfLocalDay(day: Date): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 0).getTime();
}

/** The local calendar day of an epoch-ms time as YYYY-MM-DD (what a date input shows). */
export function formatLocalDate(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
