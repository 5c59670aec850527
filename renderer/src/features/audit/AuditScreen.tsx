import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/db';
import { getSetting, SETTING } from '../../db/repos/settings-repo';
import type { AuditEntry } from '../../../../shared/domain/records';
import type { AuditFilter } from '../../db/repos/audit-repo';
import { useRefusal } from '../../session/useCan';
import { downloadAuditCsv } from './export-audit';
import { useAuditPage } from './useAuditPage';

/** #/audit (managers only): who did what, when, on which device, online or not; newest first. */
export function AuditScreen() {
  const refusal = useRefusal('audit.view');
  return (
    <main className="audit-screen" aria-label="Audit log">
      <h2>Audit log</h2>
      {refusal !== null ? <p role="alert">{refusal}</p> : <AuditLog />}
    </main>
  );
}

function AuditLog() {
  const [filter, setFilter] = useState<AuditFilter>({ action: '', actor: '' });
  const [page, setPage] = useState(0);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const result = useAuditPage(filter, page);
  const thisDevice = useLiveQuery(() => getSetting<string>(db, SETTING.deviceId), []);
  const change = (patch: Partial<AuditFilter>) => {
    setFilter({ ...filter, ...patch });
    setPage(0);
  };
  const exportCsv = () =>
    downloadAuditCsv(filter, Date.now()).then(
      (count) => setExportMessage(`Exported ${count} entr${count === 1 ? 'y' : 'ies'}.`),
      (error: unknown) => setExportMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  return (
    <>
      <div className="audit-filters">
        <p>
          <label htmlFor="audit-action">Action contains</label>
          <input id="audit-action" value={filter.action} onChange={(e) => change({ action: e.target.value })} />
        </p>
        <p>
          <label htmlFor="audit-actor">Who (name or id) contains</label>
          <input id="audit-actor" value={filter.actor} onChange={(e) => change({ actor: e.target.value })} />
        </p>
        <button type="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
        {exportMessage && <p role="status">{exportMessage}</p>}
      </div>
      <table aria-label="Audit entries">
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>Action</th>
            <th>Device</th>
            <th>Online</th>
            <th>Details</th>
          </tr>
        </thead>
        <tbody>{result?.entries.map((e) => <AuditRow key={e.id} entry={e} thisDevice={thisDevice} />)}</tbody>
      </table>
      {result && result.entries.length === 0 && <p>No entries match.</p>}
      <nav aria-label="Pages" className="audit-pages">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          Newer
        </button>
        <span>Page {page + 1}</span>
        <button type="button" disabled={!result?.hasMore} onClick={() => setPage(page + 1)}>
          Older
        </button>
      </nav>
    </>
  );
}

function AuditRow({ entry, thisDevice }: { entry: AuditEntry; thisDevice: string | undefined }) {
  return (
    <tr>
      <td>{new Date(entry.at).toLocaleString()}</td>
      <td>{entry.actor}</td>
      <td>{entry.action}</td>
      {/* a device id starts with its creation time, so its end is what tells two devices apart */}
      <td title={entry.deviceId}>{entry.deviceId === thisDevice ? 'this device' : `…${entry.deviceId.slice(-8)}`}</td>
      <td>{entry.online ? 'online' : 'offline'}</td>
      <td>
        {Object.entries(entry.details)
          .map(([k, v]) => `${k}: ${String(v)}`)
          .join(', ')}
      </td>
    </tr>
  );
}
