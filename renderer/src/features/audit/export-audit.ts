import { toCsv } from '../../../../shared/csv/csv-export';
import { db } from '../../db/db';
import { AUDIT_CSV_HEADER, auditRows, type AuditFilter } from '../../db/repos/audit-repo';

/** Downloads the matching entries as CSV (formulas neutralized by toCsv). */
export async function downloadAuditCsv(filter: AuditFilter, now: number): Promise<number> {
  const rows = await auditRows(db, filter);
  const blob = new Blob([toCsv(AUDIT_CSV_HEADER, rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `audit-log-${new Date(now).toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return rows.length;
}
