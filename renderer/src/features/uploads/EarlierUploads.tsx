import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { listUploads } from '../../db/repos/converted-upload';

/** Files uploaded on this device, newest first, with what their rows did. */
export function EarlierUploads() {
  const uploads = useLiveQuery(() => listUploads(db), []);
  return (
    <section aria-label="Earlier uploads">
      <h3>Earlier uploads</h3>
      {uploads?.length === 0 && <p>No file uploaded on this device yet.</p>}
      {uploads && uploads.length > 0 && (
        <table aria-label="Uploads">
          <thead>
            <tr>
              <th>Uploaded</th>
              <th>File</th>
              <th>Kind</th>
              <th>Rows</th>
              <th>Outcomes</th>
            </tr>
          </thead>
          <tbody>
            {uploads.map((u) => (
              <tr key={u.id}>
                <td>{new Date(u.createdAt).toLocaleString('en-GB')}</td>
                <td>{u.fileName}</td>
                <td>{u.kind === 'converted_customers' ? 'Converted customers' : 'Referrers'}</td>
                <td>{u.rowCount.toLocaleString('en')}</td>
                <td>
                  {Object.entries(u.outcomes)
                    .filter(([, n]) => n > 0)
                    .map(([k, n]) => `${k} ${n.toLocaleString('en')}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
