import { useState } from 'react';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../../shared/csv/referrer-import';
import type { Campaign } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { importReferrers, type ImportReport } from '../../db/repos/referrer-import-repo';
import { errorText, managerAction } from './action-context';
import { ImportProblems } from './ImportProblems';
import { NoEmailNote } from './NoEmailNote';
import { guessMapping, readPickedFile, useImportCheck, type PickedFile } from './useImportPreview';

const PREVIEW_ROWS = 5;
const FIELD_LABEL: Record<ImportField, string> = { name: 'Name column', email: 'Email column', phone: 'Phone column' };
const FIELD_HEADING: Record<ImportField, string> = { name: 'Name', email: 'Email', phone: 'Phone' };
const count = (n: number) => n.toLocaleString('en-US');

/** Import referrers from a CSV file: pick, map the columns, preview, see every refused row, then import. */
export interface ImportReferrersProps {
  campaign: Campaign;
  /** the heading (default: "Import referrers from CSV") */
  title?: string;
  /** every imported referrer gets a code, without asking (an event's print run) */
  alwaysWithCodes?: boolean;
  /** told once the referrers are in, e.g. to print their cards */
  onImported?: (report: ImportReport) => void;
}

export function ImportReferrers({ campaign, title = 'Import referrers from CSV', alwaysWithCodes = false, onImported }: ImportReferrersProps) {
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [chosenWithCodes, setWithCodes] = useState(campaign.generateCodeOnAdd);
  const withCodes = alwaysWithCodes || chosenWithCodes;
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const { check, problem } = useImportCheck(campaign.id, picked, mapping);
  // an event's file whose people are all referrers already (imported before a reload, say) still makes their print run
  const alreadyHere = check?.problems.filter((p) => p.referrerId !== undefined).length ?? 0;
  const reprintable = alwaysWithCodes && onImported !== undefined && alreadyHere > 0;
  const pick = async (file: File | undefined) => {
    setPicked(null);
    setReport(null);
    setMessage(null);
    if (!file) return;
    const read = await readPickedFile(file);
    if (!read.ok) return setMessage({ kind: 'error', text: read.message });
    setPicked(read.picked);
    setMapping(guessMapping(read.picked.csv.header));
  };
  const runImport = async () => {
    if (!picked || !check || (check.accepted.length === 0 && !reprintable)) return;
    setBusy(true);
    const file = { fileName: picked.fileName, fileHash: picked.fileHash, rowCount: picked.csv.rows.length, problems: check.problems };
    try {
      const codesFor = !withCodes ? 'none' : alwaysWithCodes ? 'everyone_named' : 'added';
      const done = await importReferrers(db, campaign.id, check.accepted, file, codesFor, await managerAction('imports.run'));
      setReport(done);
      setPicked(null);
      onImported?.(done);
      setMessage({ kind: 'done', text: `Imported ${count(done.added)} referrer${done.added === 1 ? '' : 's'}${withCodes ? ` with ${count(done.codes)} referral codes` : ''}; ${count(done.problems.length)} row${done.problems.length === 1 ? '' : 's'} not imported.` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label={title} className="import-referrers">
      <h3>{title}</h3>
      <label htmlFor="referrer-csv">CSV file (first row names the columns)</label>
      <input id="referrer-csv" type="file" accept=".csv,text/csv" onChange={(e) => void pick(e.target.files?.[0])} />
      {picked && mapping && (
        <>
          {picked.earlier && <p className="muted">This file was imported before, on {new Date(picked.earlier.createdAt).toLocaleString()}: its referrers are reported as duplicates.</p>}
          <fieldset className="column-mapping">
            <legend>Columns</legend>
            {IMPORT_FIELDS.map((field) => (
              <label key={field}>
                {FIELD_LABEL[field]}
                <select value={mapping[field] ?? ''} onChange={(e) => setMapping({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })}>
                  <option value="">(not in the file)</option>
                  {picked.csv.header.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `Column ${i + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          {problem && <p role="alert">{problem}</p>}
          <table aria-label="Preview">
            <thead>
              <tr>
                <th scope="col">Row</th>
                {IMPORT_FIELDS.map((f) => <th key={f} scope="col">{FIELD_HEADING[f]}</th>)}
              </tr>
            </thead>
            <tbody>
              {picked.csv.rows.slice(0, PREVIEW_ROWS).map((cells, i) => (
                <tr key={i}>
                  <td>{i + 2}</td>
                  {IMPORT_FIELDS.map((f) => <td key={f}>{mapping[f] === null ? '' : (cells[mapping[f]] ?? '')}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
          {check && (
            <>
              <p role="status" aria-label="Import check">
                {count(picked.csv.rows.length)} rows: {count(check.accepted.length)} to import, {count(check.problems.length)} not imported.
              </p>
              <ImportProblems problems={check.problems} />
              {!alwaysWithCodes && (
                <label className="toggle">
                  <input type="checkbox" checked={withCodes} onChange={(e) => setWithCodes(e.target.checked)} />
                  Generate referral codes for the imported referrers
                </label>
              )}
              <button type="button" className="primary" disabled={busy || (check.accepted.length === 0 && !reprintable)} onClick={() => void runImport()}>
                {check.accepted.length === 0 && reprintable
                  ? `Print the cards of the ${count(alreadyHere)} referrer${alreadyHere === 1 ? '' : 's'} in this file`
                  : `Import ${count(check.accepted.length)} referrer${check.accepted.length === 1 ? '' : 's'}`}
              </button>
            </>
          )}
        </>
      )}
      {busy && <p role="status">Importing…</p>}
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} aria-label="Import result">{message.text}</p>}
      {report && <ImportProblems problems={report.problems} />}
      <NoEmailNote />
    </section>
  );
}
