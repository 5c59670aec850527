import { useEffect, useState } from 'react';
import { checkImportRows, guessMapping, mappingProblem, MAX_IMPORT_BYTES, readReferrerCsv, type ColumnMapping, type ImportCheck, type ParsedCsv } from '../../../../shared/csv/referrer-import';
import type { Upload } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { earlierUpload } from '../../db/repos/referrer-import-repo';
import { contactIndexOf } from '../../db/repos/referrer-repo';

export interface PickedFile {
  fileName: string;
  fileHash: string;
  csv: ParsedCsv;
  earlier: Upload | undefined;
}

/** Reads a picked file: its text through papaparse, its hash to recognise a file imported before. */
export async function readPickedFile(file: File): Promise<{ ok: true; picked: PickedFile } | { ok: false; message: string }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: `The file is too large (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB).` };
  const bytes = await file.arrayBuffer();
  const read = readReferrerCsv(new TextDecoder().decode(bytes));
  if (!read.ok) return read;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const fileHash = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { ok: true, picked: { fileName: file.name, fileHash, csv: read.csv, earlier: await earlierUpload(db, fileHash) } };
}

/** Every row checked against the mapping and the campaign's referrers, again whenever the mapping changes. */
export function useImportCheck(campaignId: string, picked: PickedFile | null, mapping: ColumnMapping | null): { check: ImportCheck | null; problem: string | null } {
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const problem = mapping ? mappingProblem(mapping) : null;
  useEffect(() => {
    setCheck(null);
    if (!picked || !mapping || problem) return;
    let current = true;
    void contactIndexOf(db, campaignId).then((existing) => {
      if (current) setCheck(checkImportRows(picked.csv, mapping, existing));
    });
    return () => {
      current = false;
    };
  }, [campaignId, picked, mapping, problem]);
  return { check, problem };
}

export { guessMapping };
