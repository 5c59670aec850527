/**
 * The performance report as CSV files a manager opens in a spreadsheet; every cell goes through
 * toCsv, which neutralizes formulas (a vanity code or a referrer's name is typed by people).
 */
import { toCsv } from '../csv/csv-export';
import { displayCode } from './code-format';
import { dayKey } from './date-range';
import { CODE_STATUS_TEXT, type CodeRow, type DayPoint } from './performance';

export const CODES_CSV_HEADER = ['Code', 'Referrer', 'Uses', 'Uses in range', 'Limit', 'Expires', 'Status', 'In Stripe', 'Generated'] as const;

export const SERIES_CSV_HEADER = ['Day', 'Redemptions', 'Qualified leads'] as const;

/** Dates are local YYYY-MM-DD; an empty limit or expiry means none. */
export function codesCsv(rows: readonly CodeRow[]): string {
  return toCsv(
    CODES_CSV_HEADER,
    rows.map((r) => [
      displayCode(r.code, r.kind),
      r.referrerName,
      r.uses,
      r.usesInRange,
      r.limit,
      r.expiresAt === null ? null : dayKey(r.expiresAt),
      CODE_STATUS_TEXT[r.status],
      r.inStripe ? 'yes' : 'no',
      dayKey(r.createdAt),
    ]),
  );
}

export function seriesCsv(series: readonly DayPoint[]): string {
  return toCsv(
    SERIES_CSV_HEADER,
    series.map((p) => [p.day, p.redemptions, p.qualifiedLeads]),
  );
}
