import { useState } from 'react';
import type { RowOutcome } from '../../db/repos/converted-rows';
import type { UploadResult } from '../../db/repos/converted-upload';
import { downloadCsv } from '../../ui/download';
import { OUTCOME_LABEL, reportCsv } from './report-csv';

const PAGE = 100;

/** Every row's outcome and reason, 100 at a time, with the counts; the whole report downloads as CSV. */
export function UploadReport({ result, fileName }: { result: UploadResult; fileName: string }) {
  const [filter, setFilter] = useState<RowOutcome | 'all'>('all');
  const [page, setPage] = useState(0);
  const rows = filter === 'all' ? result.rows : result.rows.filter((r) => r.outcome === filter);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice(page * PAGE, (page + 1) * PAGE);
  const counts = (Object.keys(OUTCOME_LABEL) as RowOutcome[]).filter((o) => result.counts[o] > 0);
  return (
    <section aria-label="Upload report" className="upload-report">
      <h3>Report</h3>
      <p role="status" aria-label="Upload result">
        {result.earlier
          ? `Nothing changed: this file was already uploaded on ${new Date(result.earlier.createdAt).toLocaleString('en-GB')} as “${result.earlier.fileName}”. `
          : `${result.rows.length.toLocaleString('en')} rows uploaded. `}
        {counts.map((o) => `${OUTCOME_LABEL[o]}: ${result.counts[o].toLocaleString('en')}`).join(' · ')}
      </p>
      <button type="button" onClick={() => downloadCsv(`report-${fileName.replace(/\.csv$/i, '')}.csv`, reportCsv(result.rows))}>
        Download report (CSV)
      </button>
      <label>
        Show
        <select
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value as RowOutcome | 'all');
            setPage(0);
          }}
        >
          <option value="all">every row</option>
          {counts.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABEL[o]}
            </option>
          ))}
        </select>
      </label>
      <table aria-label="Rows">
        <thead>
          <tr>
            <th>Row</th>
            <th>Outcome</th>
            <th>Customer</th>
            <th>Referral code</th>
            <th>Reason</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.row}>
              <td>{r.row}</td>
              <td>{OUTCOME_LABEL[r.outcome]}</td>
              <td>{r.customer}</td>
              <td>{r.code ?? ''}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <p>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous rows
          </button>{' '}
          Page {page + 1} of {pages}{' '}
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Next rows
          </button>
        </p>
      )}
    </section>
  );
}
