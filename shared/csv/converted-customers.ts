import Papa from 'papaparse';
import { validateLeadContact, type ContactError, type LeadContact } from '../domain/contact';
import { parseCodeInput } from '../domain/code-input';
import { parseAmountInput } from '../domain/money';
import { parseOrderDate } from './order-date';

/**
 * A file of converted customers (offline sales uploaded later): reading the CSV, mapping its
 * columns, and checking every row on its own before anything is looked up in the store.
 * Row numbers are the spreadsheet's: the header is row 1, the first customer row 2.
 */

/** What names the referral in every row of one file; the manager picks one per file. */
export type KeyKind = 'email' | 'referral_code' | 'stripe';

export const KEY_KIND_LABEL: Record<KeyKind, string> = {
  email: 'Customer email',
  referral_code: 'Referral code',
  stripe: 'Stripe promotion code or coupon id',
};

/** Which column holds what (column names as in the header); null: the file has none. */
export interface ColumnMapping {
  /** required: the email (email kind), the referral code, or the Stripe id */
  key: string | null;
  /** email kind: an optional referral code column, for customers with no lead yet */
  code: string | null;
  email: string | null;
  phone: string | null;
  name: string | null;
  amount: string | null;
  date: string | null;
}

export type MappedField = keyof ColumnMapping;

export interface CsvTable {
  header: string[];
  /** data rows, each as long as the header (short rows padded with "") */
  rows: string[][];
}

export type CsvRead = { ok: true; table: CsvTable } | { ok: false; message: string };

/** Reads the file's text: a header row, then one row per converted customer. Blank lines are skipped. */
export function readCsv(text: string): CsvRead {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) return { ok: false, message: 'The file is empty: it needs a header row and one row per customer.' };
  if (rows.length === 0) return { ok: false, message: 'The file has a header row but no customers.' };
  const names = header.map((h) => h.trim());
  const width = names.length;
  return { ok: true, table: { header: names, rows: rows.map((r) => (r.length >= width ? r : [...r, ...Array<string>(width - r.length).fill('')])) } };
}

const SYNONYMS: Record<Exclude<MappedField, 'key'>, RegExp> = {
  code: /^(referral[ _-]?)?code$/i,
  email: /^(customer[ _-]?)?e-?mail( address)?$/i,
  phone: /^(customer[ _-]?)?(phone|mobile|telephone)( number)?$/i,
  name: /^(customer[ _-]?)?(full[ _-]?)?name$/i,
  amount: /^(order[ _-]?)?(amount|total|value)$/i,
  date: /^(order[ _-]?|purchase[ _-]?|conversion[ _-]?)?date$/i,
};
const STRIPE_KEY = /^(stripe[ _-]?)?(promotion[ _-]?code|promo[ _-]?code|coupon)([ _-]?id)?$/i;

/** A first guess at the mapping from the header's names; the manager corrects it on screen. */
export function suggestMapping(header: readonly string[], kind: KeyKind): ColumnMapping {
  const find = (re: RegExp) => header.find((h) => re.test(h.trim())) ?? null;
  const mapping: ColumnMapping = {
    key: null,
    code: find(SYNONYMS.code),
    email: find(SYNONYMS.email),
    phone: find(SYNONYMS.phone),
    name: find(SYNONYMS.name),
    amount: find(SYNONYMS.amount),
    date: find(SYNONYMS.date),
  };
  if (kind === 'email') return { ...mapping, key: mapping.email, email: null };
  if (kind === 'referral_code') return { ...mapping, key: mapping.code, code: null };
  return { ...mapping, key: find(STRIPE_KEY), code: null };
}

/** Problems with the mapping itself (a missing key column, a column used twice). */
export function mappingProblems(mapping: ColumnMapping, header: readonly string[], kind: KeyKind): string[] {
  const problems: string[] = [];
  if (mapping.key === null) problems.push(`Choose the column with the ${KEY_KIND_LABEL[kind].toLowerCase()}.`);
  const used = Object.values(mapping).filter((c): c is string => c !== null);
  for (const column of used) if (!header.includes(column)) problems.push(`The file has no column “${column}”.`);
  const twice = used.filter((c, i) => used.indexOf(c) !== i);
  for (const column of new Set(twice)) problems.push(`The column “${column}” is chosen for two fields.`);
  return problems;
}

/** A row ready to be looked up: its key, the customer, and the order's amount and date. */
export interface ConvertedRow {
  /** spreadsheet row number (header = 1) */
  row: number;
  kind: KeyKind;
  /** email kind: the email key; referral_code: the code as written; stripe: the id as written */
  key: string;
  /** the referral code's lookup candidates, best first (referral_code kind, or the email kind's code column); [] when none */
  codeCandidates: string[];
  /** trimmed; the name falls back to the email or phone when the file has none */
  contact: LeadContact;
  /** minor units of the campaign currency; null: not given */
  amount: number | null;
  /** epoch ms; the upload's time when the file gives no date */
  orderedAt: number;
  /** whether the file gave the date (the report says which was used) */
  dated: boolean;
}

export interface RowError {
  row: number;
  message: string;
}

export interface CheckOptions {
  currency: string;
  /** epoch ms: the upload's time (rows without a date, and no order in the future) */
  now: number;
  /** the campaign's referral link templates: a link in the code column gives up its code */
  linkTemplates?: readonly string[];
}

/** Checks every row on its own: each comes back ready or with every problem found in it. */
export function checkRows(table: CsvTable, mapping: ColumnMapping, kind: KeyKind, opts: CheckOptions): { ready: ConvertedRow[]; errors: RowError[] } {
  const index = (column: string | null) => (column === null ? -1 : table.header.indexOf(column));
  const at = Object.fromEntries(Object.entries(mapping).map(([field, column]) => [field, index(column)])) as Record<MappedField, number>;
  const ready: ConvertedRow[] = [];
  const errors: RowError[] = [];
  table.rows.forEach((cells, i) => {
    const cell = (field: MappedField) => (at[field] < 0 ? '' : (cells[at[field]] ?? '').trim());
    const checked = checkRow(i + 2, cell, kind, opts);
    if ('message' in checked) errors.push(checked);
    else ready.push(checked);
  });
  return { ready, errors };
}

function checkRow(row: number, cell: (field: MappedField) => string, kind: KeyKind, opts: CheckOptions): ConvertedRow | RowError {
  const problems: string[] = [];
  const key = cell('key');
  if (key === '') problems.push(`No ${KEY_KIND_LABEL[kind].toLowerCase()}.`);
  else if (kind === 'stripe' && !/^(promo_[A-Za-z0-9]+|[A-Za-z0-9_-]{1,200})$/.test(key)) {
    problems.push(`“${short(key)}” is not a Stripe promotion code id (promo_…) or coupon id.`);
  }
  const codeText = kind === 'referral_code' ? key : kind === 'email' ? cell('code') : '';
  const code = codeText === '' ? null : parseCodeInput(codeText, { linkTemplates: opts.linkTemplates ?? [] });
  if (code && !code.ok) problems.push(`Referral code: ${code.message}`);
  const email = kind === 'email' ? key : cell('email');
  const phone = cell('phone');
  const name = cell('name') || email || phone;
  const contact = key === '' && kind === 'email' ? null : validateLeadContact({ name, email, phone });
  if (contact && !contact.ok) problems.push(...contact.errors.filter((e) => e.field !== 'name' || cell('name') !== '').map(contactMessage));
  const amountText = cell('amount');
  const amount = amountText === '' ? null : parseAmountInput(amountText, opts.currency);
  if (amount && !amount.ok) problems.push(`Order amount: ${amount.message}`);
  const dateText = cell('date');
  const date = dateText === '' ? null : parseOrderDate(dateText, opts.now);
  if (date && !date.ok) problems.push(`Order date: ${date.message}`);
  if (problems.length > 0 || !contact?.ok) return { row, message: problems.join(' ') };
  return {
    row,
    kind,
    key: kind === 'email' ? contact.value.emailKey! : key,
    codeCandidates: code?.ok ? code.candidates : [],
    contact: contact.value,
    amount: amount?.ok ? amount.amount : null,
    orderedAt: date?.ok ? date.at : opts.now,
    dated: date !== null,
  };
}

/** The counter's wording, said of a file's row. */
function contactMessage(error: ContactError): string {
  return error.message === "Enter the customer's email or phone number."
    ? 'No customer email or phone: one is needed to know who converted.'
    : error.message;
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
