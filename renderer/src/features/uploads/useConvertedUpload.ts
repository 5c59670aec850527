import { useMemo, useState } from 'react';
import { checkRows, mappingProblems, readCsv, suggestMapping, type ColumnMapping, type CsvTable, type KeyKind } from '../../../../shared/csv/converted-customers';
import type { Campaign, Upload } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { fileHash, findUploadOfFile, uploadConvertedCustomers, type UploadResult } from '../../db/repos/converted-upload';
import { actingAs } from '../../session/acting';

export interface ChosenFile {
  name: string;
  hash: string;
  table: CsvTable;
  /** the same bytes were uploaded before: running again changes nothing */
  earlier: Upload | undefined;
}

export type UploadPhase =
  | { kind: 'choosing' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; result: UploadResult }
  | { kind: 'failed'; message: string };

/** The Uploads screen's state: key kind, file, mapping, the run and its report (UI state only). */
export function useConvertedUpload(campaign: Campaign | undefined) {
  const [keyKind, setKeyKind] = useState<KeyKind>('referral_code');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [consent, setConsent] = useState(false);
  const [phase, setPhase] = useState<UploadPhase>({ kind: 'choosing' });

  const chooseKind = (kind: KeyKind) => {
    setKeyKind(kind);
    if (file) setMapping(suggestMapping(file.table.header, kind));
  };

  const chooseFile = async (picked: File | undefined) => {
    setFile(null);
    setMapping(null);
    setPhase({ kind: 'choosing' });
    if (!picked) return setFileError(null);
    const bytes = await picked.arrayBuffer();
    const read = readCsv(new TextDecoder().decode(bytes));
    if (!read.ok) return setFileError(`${picked.name}: ${read.message}`);
    const hash = await fileHash(bytes);
    setFileError(null);
    setFile({ name: picked.name, hash, table: read.table, earlier: await findUploadOfFile(db, hash) });
    setMapping(suggestMapping(read.table.header, keyKind));
  };

  const problems = useMemo(() => (file && mapping ? mappingProblems(mapping, file.table.header, keyKind) : []), [file, mapping, keyKind]);
  // The first 1,000 rows checked on their own, once per file and mapping (not on every progress tick).
  const preview = useMemo(
    () =>
      file && mapping && campaign && problems.length === 0
        ? checkRows({ header: file.table.header, rows: file.table.rows.slice(0, 1000) }, mapping, keyKind, { currency: campaign.currency, now: Date.now() })
        : null,
    [file, mapping, campaign, keyKind, problems.length],
  );

  const run = async () => {
    if (!file || !mapping || !campaign || problems.length > 0) return;
    setPhase({ kind: 'running', done: 0, total: file.table.rows.length });
    try {
      const result = await uploadConvertedCustomers(
        db,
        { fileName: file.name, hash: file.hash, table: file.table, kind: keyKind, mapping, campaign },
        {
          ...(await actingAs('imports.run')),
          onProgress: (done, total) => setPhase({ kind: 'running', done, total }),
        },
      );
      setPhase({ kind: 'done', result });
      setFile((f) => (f && result.upload ? { ...f, earlier: result.upload } : f));
    } catch (error) {
      setPhase({ kind: 'failed', message: `The upload stopped: ${error instanceof Error ? error.message : String(error)}. Rows already applied stay applied; upload the file again to finish (they will show as unchanged).` });
    }
  };

  return { keyKind, chooseKind, file, fileError, chooseFile, mapping, setMapping, problems, preview, consent, setConsent, phase, run };
}
