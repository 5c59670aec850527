import Papa from 'papaparse';

/**
 * CSV the app hands out (leads, codes, reports). A cell a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return that some spreadsheets skip before one) is
 * prefixed with an apostrophe, so that opening an export never runs what a customer typed.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type CsvValue = string | number | boolean | null;

/** One header row, then a row per record; numbers stay numbers, null is an empty cell. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const cells = rows.map((row) => row.map((value) => (typeof value === 'string' ? neutralizeCell(value) : value === null ? '' : String(value))));
  return Papa.unparse({ fields: header.map(neutralizeCell), data: cells }, { newline: '\r\n' });
}
