import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRows, readCsv, suggestMapping, type KeyKind } from '../../../shared/csv/converted-customers';
import { checkImportRows, guessMapping, readReferrerCsv } from '../../../shared/csv/referrer-import';
import { ContactIndex } from '../../../shared/domain/referrer';

/** Text a CSV upload can bring: quotes broken or not, BOM, CRLF, formulas, odd bytes read as text, long cells. */
const cell = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('"', '""', '"a,b"', '=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\uFEFF', '\r\n', '\u0000', '\uFFFD\uFFFD', 'é', 'dana@example.com', '+1 415 555 0142', '2026-11-27', '45.00', 'K7QM-X4PD-K'),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ minLength: 500, maxLength: 2_000 }),
);
const csvText = fc.tuple(fc.boolean(), fc.constantFrom('\n', '\r\n', '\r'), fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 })).map(([bom, newline, rows]) => (bom ? '\uFEFF' : '') + rows.map((r) => r.join(',')).join(newline));
const KINDS: KeyKind[] = ['email', 'referral_code', 'stripe'];

describe('CSV uploads, whatever the file holds', () => {
  it('converted customers: every file ends in a table with row errors or a clear message, never a throw', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(...KINDS), (text, kind) => {
        const read = readCsv(text);
        if (!read.ok) {
          expect(read.message.length).toBeGreaterThan(10);
          return;
        }
        const result = checkRows(read.table, suggestMapping(read.table.header, kind), kind, { currency: 'USD', now: Date.UTC(2026, 10, 27), linkTemplates: [] });
        expect(result.ready.length + result.errors.length).toBeGreaterThanOrEqual(0);
        for (const error of result.errors) expect(error.message.length).toBeGreaterThan(5);
      }),
      { numRuns: 10_000 },
    );
  });

  it('referrer imports: every file ends in accepted rows and reasons, or a clear message, never a throw', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const read = readReferrerCsv(text);
        if (!read.ok) {
          expect(read.message.length).toBeGreaterThan(10);
          return;
        }
        const check = checkImportRows(read.csv, guessMapping(read.csv.header), new ContactIndex());
        for (const problem of check.problems) expect(problem.reason.length).toBeGreaterThan(5);
      }),
      { numRuns: 10_000 },
    );
  });
});
