import { describe, expect, it } from 'vitest';
import { checkImportRows, guessMapping, mappingProblem, readReferrerCsv, type ParsedCsv } from '../../../shared/csv/referrer-import';
import { ContactIndex, contactKeysOf } from '../../../shared/domain/referrer';
import type { Referrer } from '../../../shared/domain/records';

function csv(text: string): ParsedCsv {
  const read = readReferrerCsv(text);
  if (!read.ok) throw new Error(read.message);
  return read.csv;
}

const nobody = () => new ContactIndex<Pick<Referrer, 'id' | 'name' | 'email' | 'phone'>>();

describe('reading a referrer CSV file', () => {
  it('takes the first row as the header, skipping blank lines and a byte-order mark', () => {
    expect(csv('\uFEFFName,Email\r\nDana,dana@example.com\r\n\r\n')).toEqual({ header: ['Name', 'Email'], rows: [['Dana', 'dana@example.com']] });
  });

  it.each([
    ['', 'The file is empty: the first row must name the columns (name, email, phone).'],
    ['name,email\n"Dana,dana@example.com\n', 'Row 2 has a quote that is never closed'],
    ['name\u0000email', 'That is not a CSV file: it contains binary data.'],
  ])('refuses %j with a clear message', (text, message) => {
    const read = readReferrerCsv(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain(message);
  });
});

describe('mapping the columns', () => {
  it.each([
    [['Full name', 'E-mail', 'Mobile'], { name: 0, email: 1, phone: 2 }],
    [['phone number', 'email address', 'referrer'], { name: 2, email: 1, phone: 0 }],
    [['id', 'Name', 'notes'], { name: 1, email: null, phone: null }],
  ])('guesses %j', (header, mapping) => {
    expect(guessMapping(header)).toEqual(mapping);
  });

  it.each([
    [{ name: null, email: 1, phone: null }, 'Choose the column that holds the referrer’s name.'],
    [{ name: 0, email: null, phone: null }, 'Choose the column that holds the email or the phone number (at least one).'],
    [{ name: 0, email: 0, phone: null }, 'Each column can be mapped to one field only.'],
    [{ name: 0, email: 1, phone: null }, null],
  ])('judges the mapping %j', (mapping, problem) => {
    expect(mappingProblem(mapping)).toBe(problem);
  });
});

describe('checking the rows', () => {
  const mapping = { name: 0, email: 1, phone: 2 };

  it('reports every bad row by its row number in the file (header = row 1) with all its reasons, passing over blank rows', () => {
    const file = csv('name,email,phone\nDana,dana@example.com,\n,,\n\nMarco,marco@,12\nPriya,,+44 20 7946 0000\n , ,\n,nobody@example.com,\n');
    const { accepted, problems } = checkImportRows(file, mapping, nobody());
    expect(accepted.map((a) => [a.row, a.contact.name])).toEqual([[2, 'Dana'], [6, 'Priya']]);
    expect(problems).toEqual([
      { row: 5, kind: 'invalid', reason: '“marco@” is not a complete email address. “12” is too short for a phone number (at least 7 digits).' },
      { row: 8, kind: 'invalid', reason: "Enter the referrer's name." },
    ]);
  });

  it('accepts a duplicate of an earlier row only once, comparing email without case and phones by digits', () => {
    const file = csv('name,email,phone\nDana,Dana@Example.com,\nDana again,dana@example.COM,\nLee,,+1 555 010 2000\nLee Two,,+1 (555) 010-2000\n');
    const { accepted, problems } = checkImportRows(file, mapping, nobody());
    expect(accepted.map((a) => a.row)).toEqual([2, 4]);
    expect(problems).toEqual([
      { row: 3, kind: 'duplicate_in_file', reason: 'Same email address as row 2.' },
      { row: 5, kind: 'duplicate_in_file', reason: 'Same phone number as row 4.' },
    ]);
  });

  it('reports rows whose email or phone already belongs to a referrer of the campaign, naming them', () => {
    const existing = nobody();
    const sam = { id: 'ref-sam', name: 'Sam Ortega', email: 'sam@example.com', phone: null };
    existing.add(contactKeysOf(sam), sam);
    const { accepted, problems } = checkImportRows(csv('name,email\nSamuel,SAM@example.com\nNew,new@example.com\n'), { name: 0, email: 1, phone: null }, existing);
    expect(accepted.map((a) => a.row)).toEqual([3]);
    expect(problems).toEqual([{ row: 2, kind: 'already_referrer', reason: 'Sam Ortega (sam@example.com) already refers for this campaign with this email address.', referrerId: 'ref-sam' }]);
  });

  it('reads a short row as empty cells rather than failing', () => {
    const { problems } = checkImportRows(csv('name,email,phone\nDana\n'), mapping, nobody());
    expect(problems).toEqual([{ row: 2, kind: 'invalid', reason: "Enter the referrer's email or phone number (at least one)." }]);
  });
});
