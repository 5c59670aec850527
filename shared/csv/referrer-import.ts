/**
 * Importing referrers from a CSV file: read it (papaparse), map its columns to name, email and
 * phone, and check every row, reporting each bad or duplicate row by its number in the file.
 * Pure: what already exists in the campaign is passed in.
 */
import Papa from 'papaparse';
import type { ContactIndex } from '../domain/referrer';
import { duplicateMessage, validateReferrer, type ReferrerContact } from '../domain/referrer';
import type { Referrer } from '../domain/records';

/** A file larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;

export type ImportField = 'name' | 'email' | 'phone';
export const IMPORT_FIELDS: readonly ImportField[] = ['name', 'email', 'phone'];

/** Which column (by position in the header row) holds each field; null: not in the file. */
export type ColumnMapping = Record<ImportField, number | null>;

export interface ParsedCsv {
  header: string[];
  /** data rows, the header excluded; row i is line i + 2 of the file for a spreadsheet user */
  rows: string[][];
}

export type CsvRead = { ok: true; csv: ParsedCsv } | { ok: false; message: string };

/** Reads the file's text; the first row must name the columns. */
export function readReferrerCsv(text: string): CsvRead {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: `The file is too large (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB).` };
  if (text.includes('\u0000')) return { ok: false, message: 'That is not a CSV file: it contains binary data.' };
  // blank lines are kept (and ignored when checking) so that row numbers stay those of the file
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header, ...rows] = parsed.data;
  while (rows.length > 0 && isBlank(rows[rows.length - 1]!)) rows.pop();
  if (!header || header.every((cell) => cell.trim() === '')) return { ok: false, message: 'The file is empty: the first row must name the columns (name, email, phone).' };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, message: `The file has ${rows.length.toLocaleString('en-US')} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} at a time.` };
  const unclosed = parsed.errors.find((e) => e.type === 'Quotes');
  if (unclosed) return { ok: false, message: `Row ${(unclosed.row ?? 0) + 1} has a quote that is never closed: ${unclosed.message}.` };
  return { ok: true, csv: { header: header.map((h) => h.trim()), rows } };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

const COLUMN_NAMES: Record<ImportField, RegExp> = {
  name: /^(full[\s_-]*)?name$|^referrer([\s_-]*name)?$/i,
  email: /^e-?mail([\s_-]*address)?$/i,
  phone: /^(phone|mobile|cell|telephone|tel)([\s_-]*(number|no\.?))?$/i,
};

/** The mapping a manager most likely means, from the header's names; each column used once. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const pick = (field: ImportField) => {
    const index = header.findIndex((h) => COLUMN_NAMES[field].test(h.trim()));
    return index === -1 ? null : index;
  };
  return { name: pick('name'), email: pick('email'), phone: pick('phone') };
}

/** Why a mapping cannot be used, or null. */
export function mappingProblem(mapping: ColumnMapping): string | null {
  if (mapping.name === null) return 'Choose the column that holds the referrer’s name.';
  if (mapping.email === null && mapping.phone === null) return 'Choose the column that holds the email or the phone number (at least one).';
  const used = IMPORT_FIELDS.map((f) => mapping[f]).filter((i): i is number => i !== null);
  if (new Set(used).size !== used.length) return 'Each column can be mapped to one field only.';
  return null;
}

export interface ImportRow {
  /** the row's line in the file, the header being row 1 */
  row: number;
  contact: ReferrerContact;
}

export interface RowProblem {
  row: number;
  kind: 'invalid' | 'duplicate_in_file' | 'already_referrer';
  reason: string;
  /** for `already_referrer`: who the row names (an event's print run still includes them) */
  referrerId?: string;
}

export interface ImportCheck {
  accepted: ImportRow[];
  problems: RowProblem[];
}

type Existing = Pick<Referrer, 'id' | 'name' | 'email' | 'phone'>;

/**
 * Checks every data row with the mapping (blank rows are passed over): invalid rows are reported with all their reasons,
 * rows repeating an earlier row's email or phone, or an existing referrer's, are reported and not
 * accepted. `existing` holds the campaign's referrers; it is not changed.
 */
export function checkImportRows(csv: ParsedCsv, mapping: ColumnMapping, existing: ContactIndex<Existing>): ImportCheck {
  const accepted: ImportRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const cell = (cells: string[], index: number | null) => (index === null ? '' : (cells[index] ?? '')).trim();
  csv.rows.forEach((cells, i) => {
    const row = i + 2;
    if (isBlank(cells)) return;
    const checked = validateReferrer({ name: cell(cells, mapping.name), email: cell(cells, mapping.email), phone: cell(cells, mapping.phone) });
    if (!checked.ok) return void problems.push({ row, kind: 'invalid', reason: checked.errors.map((e) => e.message).join(' ') });
    const contact = checked.value;
    const known = existing.find(contact);
    if (known) return void problems.push({ row, kind: 'already_referrer', reason: duplicateMessage(known), referrerId: known.existing.id });
    const earlier = firstSeen(seen, contact);
    if (earlier) return void problems.push({ row, kind: 'duplicate_in_file', reason: `Same ${earlier.by === 'email' ? 'email address' : 'phone number'} as row ${earlier.row}.` });
    if (contact.emailKey !== null) seen.set(`e:${contact.emailKey}`, row);
    if (contact.phoneKey !== null) seen.set(`p:${contact.phoneKey}`, row);
    accepted.push({ row, contact });
  });
  return { accepted, problems };
}

function firstSeen(seen: Map<string, number>, contact: ReferrerContact): { by: 'email' | 'phone'; row: number } | null {
  const byEmail = contact.emailKey === null ? undefined : seen.get(`e:${contact.emailKey}`);
  if (byEmail !== undefined) return { by: 'email', row: byEmail };
  const byPhone = contact.phoneKey === null ? undefined : seen.get(`p:${contact.phoneKey}`);
  return byPhone === undefined ? null : { by: 'phone', row: byPhone };
}
