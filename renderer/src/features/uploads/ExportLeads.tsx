import { useState } from 'react';
import { db } from '../../db/db';
import { exportLeadsCsv } from '../../db/repos/lead-export';
import { downloadCsv } from '../../ui/download';

/** Every lead as CSV (status, reason, source, code, referrer); formulas a customer typed stay text. */
export function ExportLeads() {
  const [message, setMessage] = useState<string | null>(null);
  const exportNow = async () => {
    const { csv, count } = await exportLeadsCsv(db);
    downloadCsv(`leads-${new Date().toISOString().slice(0, 10)}.csv`, csv);
    setMessage(`Exported ${count.toLocaleString('en')} ${count === 1 ? 'lead' : 'leads'}.`);
  };
  return (
    <section aria-label="Export leads">
      <h3>Leads</h3>
      <button type="button" onClick={() => void exportNow()}>
        Export leads
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
