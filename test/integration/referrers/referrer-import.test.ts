import { describe, expect, it } from 'vitest';
import { checkImportRows, guessMapping, readReferrerCsv } from '../../../shared/csv/referrer-import';
import { queueCoupon } from '../../../renderer/src/db/repos/outbox-queue';
import type { ActionContext } from '../../../renderer/src/db/repos/referrer-audit';
import { earlierUpload, importReferrers } from '../../../renderer/src/db/repos/referrer-import-repo';
import { addReferrer, contactIndexOf } from '../../../renderer/src/db/repos/referrer-repo';
import { campaign, freshDb, NOW } from '../db/store-fixture';

const ctx: ActionContext = { now: NOW, actor: 'manager', deviceId: 'test-device', online: true };

describe('importing referrers from a CSV file', () => {
  it('adds the good rows as csv referrers with codes, reports the rest by row, and remembers the file', async () => {
    const db = freshDb();
    const shop = campaign();
    await db.campaigns.add(shop);
    await queueCoupon(db, shop, NOW);
    await addReferrer(db, shop.id, { name: 'Sam Ortega', email: 'sam@example.com' }, false, ctx);
    const read = readReferrerCsv('Name,Email,Phone\nDana,dana@example.com,\nBad,,\nSam again,SAM@example.com,\nDana twin,dana@example.com,\nLee,,+1 555 010 2000\n');
    if (!read.ok) throw new Error(read.message);
    const check = checkImportRows(read.csv, guessMapping(read.csv.header), await contactIndexOf(db, shop.id));
    expect(check.accepted.map((a) => a.row)).toEqual([2, 6]);

    // meanwhile someone adds Lee by hand: the import reports Lee's row instead of adding him twice
    await addReferrer(db, shop.id, { name: 'Lee Chen', phone: '+15550102000' }, false, ctx);
    const file = { fileName: 'referrers.csv', fileHash: 'ab'.repeat(32), rowCount: read.csv.rows.length, problems: check.problems };
    const report = await importReferrers(db, shop.id, check.accepted, file, 'added', ctx);

    expect(report.added).toBe(1);
    expect(report.codes).toBe(1);
    expect(report.problems.map((p) => [p.row, p.kind])).toEqual([[3, 'invalid'], [4, 'already_referrer'], [5, 'duplicate_in_file'], [6, 'already_referrer']]);
    expect(report.problems[3]!.reason).toBe('Lee Chen (+15550102000) already refers for this campaign with this phone number.');
    const imported = await db.referrers.filter((r) => r.source === 'csv').toArray();
    expect(imported.map((r) => r.name)).toEqual(['Dana']);
    expect(await db.codes.where('referrerId').equals(imported[0]!.id).count()).toBe(1);
    expect(await earlierUpload(db, file.fileHash)).toMatchObject({ kind: 'referrers', rowCount: 5, outcomes: { added: 1, codes: 1, invalid: 1, already_referrer: 2, duplicate_in_file: 1 } });
    expect((await db.audit.toArray()).at(-1)).toMatchObject({ action: 'referrers.import', details: { added: 1, refused: 4 } });
  });

  it('an event’s file imported again after a reload cut it short: only the rest is added, and everyone it names is in the report, in file order, with a code', async () => {
    const db = freshDb();
    const shop = campaign();
    await db.campaigns.add(shop);
    await queueCoupon(db, shop, NOW);
    const rows = Array.from({ length: 1_200 }, (_, i) => `Staff ${i},staff${i}@example.com`);
    const read = readReferrerCsv(['name,email', ...rows].join('\n'));
    if (!read.ok) throw new Error(read.message);
    const mapping = guessMapping(read.csv.header);
    const fileOf = (problems: typeof check.problems) => ({ fileName: 'staff.csv', fileHash: 'cd'.repeat(32), rowCount: 1_200, problems });
    let check = checkImportRows(read.csv, mapping, await contactIndexOf(db, shop.id));
    // the first import got as far as its first 700 rows (the first run, as a cut import leaves it)
    await importReferrers(db, shop.id, check.accepted.slice(0, 700), fileOf([]), 'everyone_named', ctx);
    await addReferrer(db, shop.id, { name: 'Staff 900', email: 'staff900@example.com' }, false, ctx);

    check = checkImportRows(read.csv, mapping, await contactIndexOf(db, shop.id));
    expect(check.accepted).toHaveLength(499);
    const again = await importReferrers(db, shop.id, check.accepted, fileOf(check.problems), 'everyone_named', ctx);
    expect(again.added).toBe(499);
    expect(await db.referrers.count()).toBe(1_200);
    const names = new Map((await db.referrers.toArray()).map((r) => [r.id, r.name]));
    expect(again.namedReferrerIds.map((id) => names.get(id))).toEqual(rows.map((r) => r.split(',')[0]));
    // Staff 900, added by hand without a code, gets one with the rest of the event's staff
    const withCode = new Set((await db.codes.toArray()).filter((c) => c.active).map((c) => c.referrerId));
    expect(again.namedReferrerIds.every((id) => withCode.has(id))).toBe(true);
    expect(await db.codes.count()).toBe(1_200);
  }, 60_000);
});
