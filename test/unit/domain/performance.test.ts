import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { lastDays, parseDateRange, parseDay, type DateRange } from '../../../shared/domain/date-range';
import { codeStatus, computePerformance, pageOf, type PerformanceInput } from '../../../shared/domain/performance';
import { codesCsv, seriesCsv } from '../../../shared/domain/performance-csv';
import type { ReferralCode } from '../../../shared/domain/records';
import { referralCode } from '../../fixtures/domain-builders';
import { lead, redemption, referrer } from '../../fixtures/record-builders';

const HOUR = 3_600_000;

function range(from: string, to: string): DateRange {
  const check = parseDateRange(from, to);
  if (!check.ok) throw new Error(JSON.stringify(check.errors));
  return check.range;
}

/** A moment on a local day: `hours` after its midnight. */
function on(day: string, hours = 10): number {
  return parseDay(day)! + hours * HOUR;
}

const JUNE = range('2026-06-01', '2026-06-03');
const NOW = on('2026-06-10');

function input(overrides: Partial<PerformanceInput>): PerformanceInput {
  return { campaignId: 'campaign-summer', referrers: [], codes: [], leads: [], redemptions: [], range: JUNE, now: NOW, ...overrides };
}

describe('referrers with a referral code', () => {
  it('counts the campaign’s referrers that had a code by the end of the range, and their share', () => {
    const report = computePerformance(input({
      referrers: [
        referrer({ id: 'r1', createdAt: on('2026-05-01') }),
        referrer({ id: 'r2', createdAt: on('2026-05-01') }),
        referrer({ id: 'r3', createdAt: on('2026-05-01') }),
        referrer({ id: 'r4', createdAt: on('2026-05-01') }),
        referrer({ id: 'later', createdAt: on('2026-06-05') }),
        referrer({ id: 'other', campaignId: 'campaign-winter', createdAt: on('2026-05-01') }),
      ],
      codes: [
        referralCode({ code: 'A1', referrerId: 'r1', createdAt: on('2026-05-02') }),
        referralCode({ code: 'A2', referrerId: 'r1', createdAt: on('2026-06-02') }),
        referralCode({ code: 'B1', referrerId: 'r2', createdAt: on('2026-06-03', 23) }),
        referralCode({ code: 'C1', referrerId: 'r3', createdAt: on('2026-06-04') }),
        referralCode({ code: 'O1', referrerId: 'other', campaignId: 'campaign-winter', createdAt: on('2026-05-02') }),
      ],
    }));
    expect(report.referrers).toBe(4);
    expect(report.referrersWithCode).toBe(2);
    expect(report.shareWithCode).toBe(0.5);
    expect(report.withoutCode.map((r) => r.id)).toEqual(['r3', 'r4']);
  });

  it('has no share when the campaign has no referrer', () => {
    expect(computePerformance(input({})).shareWithCode).toBeNull();
  });
});

describe('leads and redemptions from referral codes', () => {
  const leads = [
    lead({ id: 'l1', createdAt: on('2026-06-01'), status: 'qualified' }),
    lead({ id: 'l2', createdAt: on('2026-06-01'), status: 'pending' }),
    lead({ id: 'l3', createdAt: on('2026-06-03', 23), status: 'qualified' }),
    lead({ id: 'before', createdAt: on('2026-05-31', 23), status: 'qualified' }),
    lead({ id: 'other', campaignId: 'campaign-winter', createdAt: on('2026-06-02'), status: 'qualified' }),
  ];
  const redemptions = [
    redemption({ id: 's1', leadId: 'l1', createdAt: on('2026-06-01') }),
    redemption({ id: 's2', leadId: 'l2', createdAt: on('2026-06-01'), status: 'awaiting_payment' }),
    redemption({ id: 's3', leadId: 'l3', createdAt: on('2026-06-03', 23) }),
    redemption({ id: 'void', createdAt: on('2026-06-02'), status: 'voided' }),
    redemption({ id: 'after', createdAt: on('2026-06-04', 0) }),
  ];

  it('counts leads captured in the range, and how many qualified', () => {
    const report = computePerformance(input({ leads, redemptions }));
    expect(report.leadsFromCodes).toBe(3);
    expect(report.qualifiedLeads).toBe(2);
    expect(report.redemptions).toBe(3);
  });

  it('gives one point per day of the range, voided sales left out, qualified leads on the day they were captured', () => {
    expect(computePerformance(input({ leads, redemptions })).series).toEqual([
      { day: '2026-06-01', redemptions: 2, qualifiedLeads: 1 },
      { day: '2026-06-02', redemptions: 0, qualifiedLeads: 0 },
      { day: '2026-06-03', redemptions: 1, qualifiedLeads: 1 },
    ]);
  });
});

describe('the codes table', () => {
  const codes = [
    referralCode({ code: 'ACTIVE1', timesRedeemed: 1, pendingRedemptions: 1, rules: { maxRedemptions: 5 }, createdAt: on('2026-06-01') }),
    referralCode({ code: 'USEDUP1', timesRedeemed: 3, pendingRedemptions: 2, rules: { maxRedemptions: 5 }, createdAt: on('2026-06-01') }),
    referralCode({ code: 'EXPIRED1', rules: { expiresAt: on('2026-06-05') }, createdAt: on('2026-06-02') }),
    referralCode({ code: 'RETIRED1', active: false, rules: { expiresAt: on('2026-06-05') }, createdAt: on('2026-06-02') }),
    referralCode({ code: 'LATER1', createdAt: on('2026-06-04') }),
  ];

  it('lists the codes generated in the range, most used first, uses counting Stripe’s and unsynced ones', () => {
    const report = computePerformance(input({
      referrers: [referrer()],
      codes,
      redemptions: [redemption({ code: 'ACTIVE1', createdAt: on('2026-06-02') })],
    }));
    expect(report.codes.map((r) => [r.code, r.uses, r.usesInRange, r.status])).toEqual([
      ['USEDUP1', 5, 0, 'used_up'],
      ['ACTIVE1', 2, 1, 'active'],
      ['EXPIRED1', 0, 0, 'expired'],
      ['RETIRED1', 0, 0, 'deactivated'],
    ]);
    expect(report.codes[0]).toMatchObject({ referrerName: 'Dana Whitfield', limit: 5, expiresAt: null, inStripe: false });
  });

  it('reports deactivated before expired, expired before used up', () => {
    const all: ReferralCode = referralCode({ active: false, timesRedeemed: 5, rules: { maxRedemptions: 5, expiresAt: NOW - 1 } });
    expect(codeStatus(all, NOW)).toBe('deactivated');
    expect(codeStatus({ ...all, active: true }, NOW)).toBe('expired');
    expect(codeStatus({ ...all, active: true }, NOW - 2)).toBe('used_up');
    expect(codeStatus(referralCode({ rules: { expiresAt: NOW } }), NOW)).toBe('expired');
  });

  it('pages the table and clamps a page past the end', () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(rows, 0, 50)).toEqual({ rows: rows.slice(0, 50), page: 0, pages: 3 });
    expect(pageOf(rows, 9, 50)).toEqual({ rows: rows.slice(100), page: 2, pages: 3 });
    expect(pageOf([], 0, 50)).toEqual({ rows: [], page: 0, pages: 1 });
  });

  // speed is the benchmarks' business, not a test's; this proves the numbers at that scale
  it('counts a campaign of 100,000 codes and 20,000 sales', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => referralCode({ code: `C${i}`, referrerId: `r${i}`, timesRedeemed: i % 7, createdAt: on('2026-06-02') }));
    const people = Array.from({ length: 100_000 }, (_, i) => referrer({ id: `r${i}`, name: `Referrer ${i}`, createdAt: on('2026-05-01') }));
    const sales = Array.from({ length: 20_000 }, (_, i) => redemption({ id: `s${i}`, code: `C${i}`, createdAt: on('2026-06-02') }));
    const report = computePerformance(input({ referrers: people, codes: many, redemptions: sales }));
    expect(report.codes).toHaveLength(100_000);
    expect(report.referrersWithCode).toBe(100_000);
    expect(report.redemptions).toBe(20_000);
  });
});

describe('the date range a manager types', () => {
  it('accepts two days in order and spans them whole', () => {
    const r = range('2026-06-01', '2026-06-01');
    expect(r.end - r.start).toBeGreaterThanOrEqual(23 * HOUR);
    expect(r).toMatchObject({ fromDay: '2026-06-01', toDay: '2026-06-01', start: parseDay('2026-06-01') });
  });

  it.each([
    ['', '2026-06-01', { from: 'Enter the first day of the range.' }],
    ['2026-06-01', '', { to: 'Enter the last day of the range.' }],
    ['yesterday', '2026-06-01', { from: '“yesterday” is not a date; use YYYY-MM-DD, e.g. 2026-05-01.' }],
    ['2026-02-30', '2026-03-01', { from: '“2026-02-30” is not a date; use YYYY-MM-DD, e.g. 2026-05-01.' }],
    ['2026-06-02', '2026-06-01', { to: 'The last day is before the first day.' }],
    ['2025-01-01', '2026-06-01', { to: 'The range covers 517 days; choose at most 366.' }],
  ])('refuses from “%s” to “%s” with a message on the field', (from, to, errors) => {
    expect(parseDateRange(from, to)).toEqual({ ok: false, errors });
  });

  it('defaults to the last days up to today', () => {
    expect(lastDays(on('2026-06-10', 15), 30)).toMatchObject({ fromDay: '2026-05-12', toDay: '2026-06-10' });
  });
});

describe('CSV exports', () => {
  it('exports the codes table with formulas neutralized, and reads back the same', () => {
    const report = computePerformance(input({
      referrers: [referrer({ name: '=HYPERLINK("http://evil")' })],
      codes: [referralCode({ code: 'K7QMX4PDK', timesRedeemed: 2, rules: { maxRedemptions: 5, expiresAt: on('2026-12-31', 0) }, createdAt: on('2026-06-02') })],
    }));
    const parsed = Papa.parse<string[]>(codesCsv(report.codes), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['Code', 'Referrer', 'Uses', 'Uses in range', 'Limit', 'Expires', 'Status', 'In Stripe', 'Generated'],
      ['K7QM-X4PD-K', '\'=HYPERLINK("http://evil")', '2', '0', '5', '2026-12-31', 'Active', 'no', '2026-06-02'],
    ]);
  });

  it('exports the daily series', () => {
    const report = computePerformance(input({ redemptions: [redemption({ createdAt: on('2026-06-02') })] }));
    expect(seriesCsv(report.series).split('\r\n')).toEqual(['Day,Redemptions,Qualified leads', '2026-06-01,0,0', '2026-06-02,1,0', '2026-06-03,0,0']);
  });
});

describe('one print batch of cards', () => {
  it('counts only the batch’s codes, their referrers, leads and sales', () => {
    const people = [referrer({ id: 'r1', createdAt: on('2026-05-01') }), referrer({ id: 'r2', createdAt: on('2026-05-01') })];
    const codes = [referralCode({ code: 'FAIR1', referrerId: 'r1', createdAt: on('2026-06-01') }), referralCode({ code: 'SHOP2', referrerId: 'r2', createdAt: on('2026-06-01') })];
    const leads = [lead({ id: 'l1', code: 'FAIR1', createdAt: on('2026-06-02') }), lead({ id: 'l2', code: 'SHOP2', createdAt: on('2026-06-02') })];
    const sales = [redemption({ id: 's1', code: 'FAIR1', createdAt: on('2026-06-02') }), redemption({ id: 's2', code: 'SHOP2', createdAt: on('2026-06-02') })];
    const all = computePerformance(input({ referrers: people, codes, leads, redemptions: sales }));
    const batch = computePerformance(input({ referrers: people, codes, leads, redemptions: sales, onlyCodes: new Set(['FAIR1']) }));
    expect([all.referrers, all.leadsFromCodes, all.redemptions, all.codes.length]).toEqual([2, 2, 2, 2]);
    expect([batch.referrers, batch.leadsFromCodes, batch.redemptions, batch.codes.map((c) => c.code)]).toEqual([1, 1, 1, ['FAIR1']]);
  });
});
