import { KEY_KIND_LABEL, type ColumnMapping, type KeyKind, type MappedField } from '../../../../shared/csv/converted-customers';
import type { Campaign } from '../../../../shared/domain/records';
import { UnfinishedUploads } from './UnfinishedUploads';
import { UploadReport } from './UploadReport';
import { useConvertedUpload } from './useConvertedUpload';

const OPTIONAL_FIELDS: { field: Exclude<MappedField, 'key'>; label: string; kinds: KeyKind[] }[] = [
  { field: 'code', label: 'Referral code column', kinds: ['email'] },
  { field: 'email', label: 'Email column', kinds: ['referral_code', 'stripe'] },
  { field: 'phone', label: 'Phone column', kinds: ['email', 'referral_code', 'stripe'] },
  { field: 'name', label: 'Name column', kinds: ['email', 'referral_code', 'stripe'] },
  { field: 'amount', label: 'Order amount column', kinds: ['email', 'referral_code', 'stripe'] },
  { field: 'date', label: 'Order date column', kinds: ['email', 'referral_code', 'stripe'] },
];

/** Key kind, file, column mapping, preview, run with progress, then the report. */
export function ConvertedUploadForm({ campaign }: { campaign: Campaign | undefined }) {
  const u = useConvertedUpload(campaign);
  const running = u.phase.kind === 'running';
  const columnSelect = (field: MappedField, label: string) => (
    <label key={field}>
      {label}
      <select
        value={u.mapping?.[field] ?? ''}
        disabled={running}
        onChange={(e) => u.mapping && u.setMapping({ ...u.mapping, [field]: e.target.value || null } as ColumnMapping)}
      >
        <option value="">(none)</option>
        {u.file?.table.header.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-label="Converted customers file" className="upload-form">
      <UnfinishedUploads hidden={running} />
      <fieldset disabled={running}>
        <legend>What names the referral in this file</legend>
        {(Object.keys(KEY_KIND_LABEL) as KeyKind[]).map((kind) => (
          <label key={kind}>
            <input type="radio" name="key-kind" checked={u.keyKind === kind} onChange={() => u.chooseKind(kind)} />
            {KEY_KIND_LABEL[kind]}
          </label>
        ))}
      </fieldset>
      <label>
        Converted customers file (CSV)
        <input type="file" accept=".csv,text/csv" disabled={running} onChange={(e) => void u.chooseFile(e.target.files?.[0])} />
      </label>
      {u.fileError && <p role="alert">{u.fileError}</p>}
      {u.file && u.mapping && (
        <>
          <p>
            {u.file.name}: {u.file.table.rows.length.toLocaleString('en')} {u.file.table.rows.length === 1 ? 'row' : 'rows'}
          </p>
          {u.file.earlier && (
            <p role="note">
              This file was already uploaded on {new Date(u.file.earlier.createdAt).toLocaleString('en-GB')}: uploading it again changes nothing.
            </p>
          )}
          <fieldset className="column-mapping" disabled={running}>
            <legend>Columns</legend>
            {columnSelect('key', `${KEY_KIND_LABEL[u.keyKind]} column`)}
            {OPTIONAL_FIELDS.filter((f) => f.kinds.includes(u.keyKind)).map((f) => columnSelect(f.field, f.label))}
          </fieldset>
          {u.problems.length > 0 && (
            <ul role="alert" aria-label="Column problems">
              {u.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {u.preview && <Preview ready={u.preview.ready.length} errors={u.preview.errors} checked={Math.min(1000, u.file.table.rows.length)} />}
          <label>
            <input type="checkbox" checked={u.consent} disabled={running} onChange={(e) => u.setConsent(e.target.checked)} />
            The new customers in this file agreed to be contacted by us
          </label>
          <button type="button" disabled={running || u.problems.length > 0 || !u.consent || !campaign} onClick={() => void u.run()}>
            Upload converted customers
          </button>
        </>
      )}
      {u.phase.kind === 'running' && (
        <p>
          <progress aria-label="Upload progress" max={u.phase.total} value={u.phase.done} /> {u.phase.done.toLocaleString('en')} of{' '}
          {u.phase.total.toLocaleString('en')} rows
        </p>
      )}
      {u.phase.kind === 'failed' && <p role="alert">{u.phase.message}</p>}
      {u.phase.kind === 'done' && <UploadReport result={u.phase.result} fileName={u.file?.name ?? 'upload.csv'} />}
    </section>
  );
}

function Preview({ ready, errors, checked }: { ready: number; errors: { row: number; message: string }[]; checked: number }) {
  return (
    <div role="region" aria-label="Preview">
      <p>
        Checked the first {checked.toLocaleString('en')} rows on their own: {ready.toLocaleString('en')} readable, {errors.length.toLocaleString('en')}{' '}
        with problems. The store is only consulted when you upload.
      </p>
      {errors.length > 0 && (
        <ul aria-label="Rows with problems">
          {errors.slice(0, 10).map((e) => (
            <li key={e.row}>
              Row {e.row}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
