import { displayCode } from '../../../../shared/domain/code-format';
import { dayKey } from '../../../../shared/domain/date-range';
import { CODE_STATUS_TEXT, pageOf, type CodeRow } from '../../../../shared/domain/performance';
import { usePerformanceStore } from './performance-store';

export const PAGE_SIZE = 50;

/** "The generated referral codes for your referrers": a page at a time (a campaign may hold 100,000). */
export function CodesTable({ rows, onExport }: { rows: readonly CodeRow[]; onExport: () => void }) {
  const page = usePerformanceStore((s) => s.page);
  const setPage = usePerformanceStore((s) => s.setPage);
  const shown = pageOf(rows, page, PAGE_SIZE);
  return (
    <section aria-label="Referral codes" className="codes-table">
      <div className="section-head">
        <h3>Referral codes generated in the range ({rows.length})</h3>
        <button type="button" onClick={onExport} disabled={rows.length === 0}>
          Export codes as CSV
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No code was generated in this range.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Referrer</th>
              <th scope="col">Uses</th>
              <th scope="col">Uses in range</th>
              <th scope="col">Limit</th>
              <th scope="col">Expires</th>
              <th scope="col">Status</th>
              <th scope="col"><span className="visually-hidden">Diagnostics</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((r) => {
              const code = displayCode(r.code, r.kind);
              return (
                <tr key={r.code}>
                  <th scope="row"><code>{code}</code></th>
                  <td>{r.referrerName}</td>
                  <td>{r.uses}</td>
                  <td>{r.usesInRange}</td>
                  <td>{r.limit ?? 'Unlimited'}</td>
                  <td>{r.expiresAt === null ? 'Never' : dayKey(r.expiresAt)}</td>
                  <td>{CODE_STATUS_TEXT[r.status]}{r.inStripe ? '' : ' (not in Stripe yet)'}</td>
                  <td>
                    <a href={`#/diagnostics/code/${encodeURIComponent(r.code)}`} aria-label={`Check code ${code}`}>Check</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {shown.pages > 1 && (
        <nav aria-label="Pages of codes" className="pager">
          <button type="button" onClick={() => setPage(shown.page - 1)} disabled={shown.page === 0}>Previous page</button>
          <span>Page {shown.page + 1} of {shown.pages}</span>
          <button type="button" onClick={() => setPage(shown.page + 1)} disabled={shown.page === shown.pages - 1}>Next page</button>
        </nav>
      )}
    </section>
  );
}
