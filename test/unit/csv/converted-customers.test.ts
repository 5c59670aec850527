import { describe, expect, it } from 'vitest';
import { checkRows, mappingProblems, readCsv, suggestMapping, type ColumnMapping, type CsvTable } from '../../../shared/csv/converted-customers';
import { parseOrderDate } from '../../../shared/csv/order-date';

const NOW = Date.UTC(2026, 10, 24, 12);
const opts = { currency: 'USD', now: NOW };

function table(text: string): CsvTable {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.message);
  return read.table;
}

describe('reading a converted-customers file', () => {
  it('reads a header and rows, skipping blank lines and a byte-order mark, padding short rows', () => {
    expect(table('\uFEFFcode, email ,amount\nDANA7K3Q9,a@example.com,45\n\n  \nDANA7K3Q9,b@example.com\n')).toEqual({
      header: ['code', 'email', 'amount'],
      rows: [['DANA7K3Q9', 'a@example.com', '45'], ['DANA7K3Q9', 'b@example.com', '']],
    });
  });

  it.each([
    ['', 'The file is empty: it needs a header row and one row per customer.'],
    ['email,code\n', 'The file has a header row but no customers.'],
  ])('refuses %j: %s', (text, message) => {
    expect(readCsv(text)).toEqual({ ok: false, message });
  });
});

describe('mapping the columns', () => {
  const header = ['Referral Code', 'Customer name', 'E-mail', 'Phone number', 'Order total', 'Order date', 'promotion_code'];

  it('guesses each field from common header names, the key column depending on the key kind', () => {
    expect(suggestMapping(header, 'referral_code')).toEqual({ key: 'Referral Code', code: null, email: 'E-mail', phone: 'Phone number', name: 'Customer name', amount: 'Order total', date: 'Order date' });
    expect(suggestMapping(header, 'email')).toMatchObject({ key: 'E-mail', email: null, code: 'Referral Code' });
    expect(suggestMapping(header, 'stripe')).toMatchObject({ key: 'promotion_code', code: null, email: 'E-mail' });
  });

  it('says when the key column is missing, a column does not exist, or one column is used twice', () => {
    const mapping: ColumnMapping = { key: null, code: null, email: 'E-mail', phone: 'E-mail', name: 'Nom', amount: null, date: null };
    expect(mappingProblems(mapping, header, 'email')).toEqual([
      'Choose the column with the customer email.',
      'The file has no column “Nom”.',
      'The column “E-mail” is chosen for two fields.',
    ]);
  });
});

describe('checking each row on its own', () => {
  const run = (text: string, kind: 'email' | 'referral_code' | 'stripe' = 'referral_code') => {
    const t = table(text);
    return checkRows(t, suggestMapping(t.header, kind), kind, opts);
  };

  it('reads a good row: code candidates, contact keys, amount in minor units and the order date', () => {
    const { ready, errors } = run('code,name,email,amount,date\ndana-7k3q-9,  Olive ,Olive@Example.com,"1,045.50",2026-11-20T10:00:00Z\n');
    expect(errors).toEqual([]);
    expect(ready[0]).toMatchObject({ row: 2, kind: 'referral_code', key: 'dana-7k3q-9', codeCandidates: ['DANA7K3Q9'], amount: 104550, orderedAt: Date.UTC(2026, 10, 20, 10), dated: true });
    expect(ready[0]!.contact).toEqual({ name: 'Olive', email: 'Olive@Example.com', phone: null, emailKey: 'olive@example.com', phoneKey: null });
  });

  it('uses the email or phone as the name when the file has none, and the upload time when no date is given', () => {
    const { ready } = run('code,phone\nDANA7K3Q9,+1 (555) 010-2000\n');
    expect(ready[0]).toMatchObject({ contact: { name: '+1 (555) 010-2000', phoneKey: '+15550102000' }, orderedAt: NOW, dated: false, amount: null });
  });

  it('reports every problem of a row with its spreadsheet row number (the header is row 1)', () => {
    const { ready, errors } = run(
      [
        'code,email,amount,date',
        ',a@example.com,30,',
        'DANA7K3Q9,not-an-email,30,',
        'DANA7K3Q9,b@example.com,12.345,',
        'DANA7K3Q9,c@example.com,-5,',
        'DANA7K3Q9,d@example.com,30,03/04/2026',
        'DANA7K3Q9,,30,',
        'DANA#7K3Q9,e@example.com,abc,2026-02-30',
        'DANA7K3Q9,f@example.com,30,2026-11-20',
      ].join('\n'),
    );
    expect(ready.map((r) => r.row)).toEqual([9]);
    expect(errors).toEqual([
      { row: 2, message: 'No referral code.' },
      { row: 3, message: '“not-an-email” is not a complete email address.' },
      { row: 4, message: 'Order amount: USD has at most 2 decimals.' },
      { row: 5, message: 'Order amount: The order amount cannot be negative.' },
      { row: 6, message: expect.stringMatching(/^Order date: “03\/04\/2026” is not a date we read: use YYYY-MM-DD, /) },
      { row: 7, message: 'No customer email or phone: one is needed to know who converted.' },
      { row: 8, message: expect.stringMatching(/^Referral code: A referral code can only contain letters, digits and dashes; found “#”\. Order amount: .* Order date: “2026-02-30” is not a real date or time\.$/) },
    ]);
  });

  it('keyed by email: the email is the key, an optional code column gives candidates', () => {
    const { ready, errors } = run('email,code\nKim@Example.com,\nnew@example.com,DANA7K3Q9\n,DANA7K3Q9\n', 'email');
    expect(ready.map((r) => [r.key, r.codeCandidates])).toEqual([['kim@example.com', []], ['new@example.com', ['DANA7K3Q9']]]);
    expect(errors).toEqual([{ row: 4, message: 'No customer email.' }]);
  });

  it('keyed by Stripe id: promotion code and coupon ids are taken as written, anything else is refused', () => {
    const { ready, errors } = run('promotion code,email\npromo_1ABC,a@example.com\nFRIENDS10,b@example.com\nnot an id!,c@example.com\n', 'stripe');
    expect(ready.map((r) => r.key)).toEqual(['promo_1ABC', 'FRIENDS10']);
    expect(errors).toEqual([{ row: 4, message: '“not an id!” is not a Stripe promotion code id (promo_…) or coupon id.' }]);
  });
});

describe('order dates', () => {
  it.each([
    ['2026-11-20', new Date(2026, 10, 20).getTime()],
    ['2026-11-20 14:30', new Date(2026, 10, 20, 14, 30).getTime()],
    ['2026-11-20T14:30:05Z', Date.UTC(2026, 10, 20, 14, 30, 5)],
    ['2026-11-20T14:30+01:00', Date.UTC(2026, 10, 20, 13, 30)],
    ['2026-11-20T14:30:00.250-0500', Date.UTC(2026, 10, 20, 19, 30, 0, 250)],
  ])('reads %s', (text, at) => {
    expect(parseOrderDate(text, NOW)).toEqual({ ok: true, at });
  });

  it.each([
    ['20/11/2026', /is not a date we read: use YYYY-MM-DD/],
    ['Nov 20, 2026', /is not a date we read/],
    ['2026-13-01', /is not a real date or time/],
    ['2026-11-20 24:00', /is not a real date or time/],
    ['2026-12-01', /is in the future/],
  ])('refuses %s', (text, message) => {
    const read = parseOrderDate(text, NOW);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });
});
