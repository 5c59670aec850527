import { toCsv } from '../../../../shared/csv/csv-export';
import type { RowOutcome, RowReport } from '../../db/repos/converted-rows';

export const OUTCOME_LABEL: Record<RowOutcome, string> = {
  created: 'New lead, qualified',
  qualified: 'Lead qualified',
  unchanged: 'Unchanged',
  rejected: 'Rejected',
  invalid: 'Unreadable row',
};

/** The row report as the manager downloads it: one line per row of the file, in file order. */
export function reportCsv(rows: readonly RowReport[]): string {
  return toCsv(['Row', 'Outcome', 'Customer', 'Referral code', 'Reason'], rows.map((r) => [r.row, OUTCOME_LABEL[r.outcome], r.customer, r.code, r.reason]));
}
