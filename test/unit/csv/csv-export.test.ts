import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeCell, toCsv } from '../../../shared/csv/csv-export';

describe('CSV exports', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('neutralizes %j so a spreadsheet shows it as text', (cell) => {
    expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text alone', () => {
    for (const cell of ['Dana Whitfield', 'K7QM-X4PD-R', 'dana@example.com', '', '1=1']) expect(neutralizeCell(cell)).toBe(cell);
  });

  it('writes a header and rows that a CSV reader reads back, numbers unquoted and null as empty', () => {
    const csv = toCsv(['name', 'note', 'amount', 'paid'], [['Dana, W.', 'said "hi"', 4050, true], ['=cmd', null, -5, false]]);
    expect(csv.split('\r\n')[0]).toBe('name,note,amount,paid');
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['name', 'note', 'amount', 'paid'],
      ['Dana, W.', 'said "hi"', '4050', 'true'],
      ["'=cmd", '', '-5', 'false'],
    ]);
  });
});
