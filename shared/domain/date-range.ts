/**
 * A range of whole days a manager picks on a report ("from 1 May to 31 May"), in the device's time
 * zone: days start at local midnight, so a sale at 23:30 counts on the day the shop saw it.
 */

/** A year and a bit: a daily chart beyond that stops being readable. */
export const MAX_RANGE_DAYS = 366;

export interface DateRange {
  /** YYYY-MM-DD, first day included */
  fromDay: string;
  /** YYYY-MM-DD, last day included */
  toDay: string;
  /** epoch ms: local midnight starting fromDay (included) */
  start: number;
  /** epoch ms: local midnight after toDay (excluded) */
  end: number;
}

export type RangeCheck = { ok: true; range: DateRange } | { ok: false; errors: { from?: string; to?: string } };

const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a YYYY-MM-DD day, or null when the text is no real calendar day (e.g. 2026-02-30). */
export function parseDay(text: string): number | null {
  const match = DAY_TEXT.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date.getTime();
}

/** The local day of a moment, as YYYY-MM-DD. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local midnight of the day after `dayStart` (23 or 25 hours later across a DST change). */
function nextDayStart(dayStart: number): number {
  const d = new Date(dayStart);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/**
 * Checks the two dates a manager typed; each field gets its own message, and a range that runs
 * backwards or is longer than MAX_RANGE_DAYS is refused on the "to" field.
 */
export function parseDateRange(fromText: string, toText: string): RangeCheck {
  const errors: { from?: string; to?: string } = {};
  const start = parseDay(fromText);
  const toStart = parseDay(toText);
  if (fromText.trim() === '') errors.from = 'Enter the first day of the range.';
  else if (start === null) errors.from = `“${fromText.trim().slice(0, 40)}” is not a date; use YYYY-MM-DD, e.g. 2026-05-01.`;
  if (toText.trim() === '') errors.to = 'Enter the last day of the range.';
  else if (toStart === null) errors.to = `“${toText.trim().slice(0, 40)}” is not a date; use YYYY-MM-DD, e.g. 2026-05-31.`;
  if (start === null || toStart === null) return { ok: false, errors };
  if (toStart < start) return { ok: false, errors: { to: 'The last day is before the first day.' } };
  const days = daysBetween(start, toStart) + 1;
  if (days > MAX_RANGE_DAYS) return { ok: false, errors: { to: `The range covers ${days} days; choose at most ${MAX_RANGE_DAYS}.` } };
  return { ok: true, range: { fromDay: dayKey(start), toDay: dayKey(toStart), start, end: nextDayStart(toStart) } };
}

/** Whole calendar days from one local midnight to another (DST-safe: rounds the 23/25-hour days). */
function daysBetween(fromStart: number, toStart: number): number {
  return Math.round((toStart - fromStart) / 86_400_000);
}

/** The last `days` days up to and including today. */
export function lastDays(now: number, days: number): DateRange {
  const today = parseDay(dayKey(now))!;
  const d = new Date(today);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate() - (days - 1)).getTime();
  return { fromDay: dayKey(start), toDay: dayKey(today), start, end: nextDayStart(today) };
}

/** Every day of the range, in order, as YYYY-MM-DD. */
export function daysOf(range: DateRange): string[] {
  const days: string[] = [];
  for (let at = range.start; at < range.end; at = nextDayStart(at)) days.push(dayKey(at));
  return days;
}

export function inRange(ms: number, range: DateRange): boolean {
  return ms >= range.start && ms < range.end;
}
