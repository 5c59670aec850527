import { describe, expect, it } from 'vitest';
import { readCsv, suggestMapping, type KeyKind } from '../../../shared/csv/converted-customers';
import type { Campaign, ReferralCode } from '../../../shared/domain/records';
import { generateCodesForReferrers } from '../../../renderer/src/db/repos/code-generator';
import { fileHash, unfinishedUploads, UPLOAD_CHUNK, uploadConvertedCustomers, type UploadResult } from '../../../renderer/src/db/repos/converted-upload';
import { recordRedemption } from '../../../renderer/src/db/repos/redemption-recorder';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { campaign, DAY, freshDb, NOW, referrer, rules } from './store-fixture';

const ctx = { now: NOW, deviceId: 'device-1', online: true, actor: 'manager' };

async function shop(db: PosDb, codeRules = rules({ maxRedemptions: null })) {
  const shopCampaign = campaign({ defaultRules: codeRules });
  const dana = referrer(shopCampaign.id);
  await db.campaigns.add(shopCampaign);
  await db.referrers.add(dana);
  const [code] = await generateCodesForReferrers(db, shopCampaign, [dana], { now: NOW - DAY });
  return { campaign: shopCampaign, dana, code: code! as ReferralCode };
}

async function upload(db: PosDb, target: Campaign, kind: KeyKind, text: string, fileName = 'converted.csv', onProgress?: (done: number, total: number) => void): Promise<UploadResult> {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.message);
  const hash = await fileHash(new TextEncoder().encode(text));
  return uploadConvertedCustomers(db, { fileName, hash, table: read.table, kind, mapping: suggestMapping(read.table.header, kind), campaign: target }, { ...ctx, ...(onProgress && { onProgress }) });
}

async function snapshot(db: PosDb) {
  return { leads: await db.leads.toArray(), customers: await db.customers.toArray(), outbox: await db.outbox.count(), codes: await db.codes.toArray() };
}

describe('uploading converted customers', () => {
  it('keyed by referral code: each row becomes a qualified lead of the code’s referrer; the offline sale is not sent to Stripe', async () => {
    const db = freshDb();
    const { campaign: c, dana, code } = await shop(db);
    const outboxBefore = await db.outbox.count();
    const result = await upload(db, c, 'referral_code', `code,name,email,amount,date\n${code.code},Olive Offline,olive@example.com,45.00,2026-11-20\n`);
    expect(result.counts).toMatchObject({ created: 1, rejected: 0, invalid: 0 });
    expect(result.rows[0]).toMatchObject({ row: 2, outcome: 'created', customer: 'Olive Offline' });
    const [lead] = await db.leads.toArray();
    expect(lead).toMatchObject({ referrerId: dana.id, code: code.code, status: 'qualified', source: 'upload', email: 'olive@example.com' });
    expect(lead!.statusReason).toBe('Converted customer uploaded in “converted.csv” (row 2).');
    expect(lead!.note).toBe('Offline order of $45.00 on 2026-11-20.');
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect((await db.uploads.toArray())[0]).toMatchObject({ kind: 'converted_customers', rowCount: 1, outcomes: { created: 1 } });
    expect(await db.audit.filter((e) => e.action === 'upload.converted_customers').count()).toBe(1);
  });

  it('keyed by email: the lead captured earlier is qualified; an unknown email with a code column gets a new lead', async () => {
    const db = freshDb();
    const { campaign: c, code } = await shop(db, rules({ maxRedemptions: null, firstTimeOnly: false, minimumOrder: null }));
    const lead = { name: 'Kiosk Kim', email: 'Kim@Example.com', phone: null, emailKey: 'kim@example.com', phoneKey: null };
    await recordRedemption(db, { code: code.code, activeCampaignId: c.id, orderAmount: 4500, lead, consentGiven: true, source: 'kiosk' }, ctx);
    const result = await upload(db, c, 'email', `email,referral code\nKIM@example.com,\nnew@example.com,${code.code}\nnobody@example.com,\n`);
    expect(result.rows.map((r) => r.outcome)).toEqual(['qualified', 'created', 'rejected']);
    expect(result.rows[0]!.reason).toBe('The lead captured at the kiosk is qualified.');
    expect(result.rows[2]!.reason).toMatch(/No lead with this email yet/);
    const kim = await db.leads.filter((l) => l.email === 'Kim@Example.com').first();
    expect(kim?.status).toBe('qualified');
  });

  it('keyed by Stripe id: a promotion code id names the code, a coupon id the campaign (qualifying a lead already in it)', async () => {
    const db = freshDb();
    const { campaign: c, code } = await shop(db, rules({ maxRedemptions: null, firstTimeOnly: false, minimumOrder: null }));
    await db.codes.update(code.code, { stripePromotionCodeId: 'promo_1ABC' });
    await db.campaigns.update(c.id, { stripeCouponId: 'FRIENDS10' });
    const synced = (await db.campaigns.get(c.id))!;
    const lead = { name: 'Phone Pat', email: 'pat@example.com', phone: null, emailKey: 'pat@example.com', phoneKey: null };
    await recordRedemption(db, { code: code.code, activeCampaignId: c.id, orderAmount: 4500, lead, consentGiven: true, source: 'phone' }, ctx);
    const result = await upload(db, synced, 'stripe', 'promotion code,email\npromo_1ABC,promo@example.com\nFRIENDS10,pat@example.com\nFRIENDS10,stranger@example.com\npromo_NOPE,x@example.com\n');
    expect(result.rows.map((r) => r.outcome)).toEqual(['created', 'qualified', 'rejected', 'rejected']);
    expect(result.rows[2]!.reason).toMatch(/no lead in it to qualify/);
    expect(result.rows[3]!.reason).toBe('No referral code here has the Stripe promotion code promo_NOPE (has it synced yet?).');
  });

  it('judges each row with the counter’s rules, as of the order date, and says why a row is rejected', async () => {
    const db = freshDb();
    const { campaign: c, code } = await shop(db, rules({ maxRedemptions: 2, expiresAt: NOW - 2 * DAY, minimumOrder: 2000, firstTimeOnly: true }));
    await db.customers.add({ id: 'returning-1', name: 'Ruth', email: 'ruth@example.com', phone: null, emailKey: 'ruth@example.com', phoneKey: null, orderCount: 3, stripeCustomerId: null, isDemo: false, createdAt: NOW - 100 * DAY });
    const other = campaign({ name: 'Gym Friends' });
    await db.campaigns.add(other);
    const result = await upload(db, c, 'referral_code', [
      'code,email,amount,date',
      `${code.code},a@example.com,45,2026-11-21`, // the code expired on 22 Nov, after this order
      `${code.code},b@example.com,10,2026-11-01`,
      `${code.code},ruth@example.com,45,2026-11-01`,
      `${code.code},c@example.com,,2026-11-01`,
      `${code.code},d@example.com,45,2026-11-23T12:00:00Z`,
      `${code.code},e@example.com,45,2026-11-02`,
      `${code.code},f@example.com,45,2026-11-03`,
    ].join('\n'));
    const [early, small, returning, noAmount, late, , thirdUse] = result.rows;
    expect(early!.outcome).toBe('created');
    expect(small!.reason).toBe('Order is below the minimum of $20.00.');
    expect(returning!.reason).toBe('Not a first-time customer: this code is for first orders only.');
    expect(noAmount!.reason).toBe('The code needs an order of at least $20.00, and the row gives no order amount.');
    expect(late!.reason).toMatch(/^Expired on 22 Nov 2026, before this order\.$/);
    expect(thirdUse!.reason).toBe("Used 2 of 2 times (Stripe's count, unsynced sales and conversions uploaded here).");
    const inOther = await upload(db, other, 'referral_code', `code,email,amount\n${code.code},g@example.com,45\n`, 'other.csv');
    expect(inOther.rows[0]!.reason).toMatch(/belongs to the “Friends of the shop” campaign, not this one/);
  });

  it('the same file twice: the second upload changes nothing and every row says so', async () => {
    const db = freshDb();
    const { campaign: c, code } = await shop(db);
    const text = `code,name,email,amount\n${code.code},Ann,ann@example.com,30\n${code.code},Ben,ben@example.com,40\nNOSUCHCODE,Cy,cy@example.com,40\n`;
    const first = await upload(db, c, 'referral_code', text);
    expect(first.counts).toMatchObject({ created: 2, rejected: 1 });
    const before = await snapshot(db);
    const second = await upload(db, c, 'referral_code', text, 'renamed.csv');
    expect(second.upload).toBeNull();
    expect(second.earlier?.id).toBe(first.upload?.id);
    expect(second.counts).toMatchObject({ unchanged: 3, created: 0, qualified: 0 });
    expect(second.rows[0]!.reason).toMatch(/^This file was already uploaded on .* \(“converted.csv”\); nothing was changed\.$/);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.uploads.count()).toBe(1);
    expect(await db.audit.filter((e) => e.action === 'upload.converted_customers.repeated').count()).toBe(1);
  });

  it('a different file with a row already applied reports that row unchanged, and the same customer twice in one file too', async () => {
    const db = freshDb();
    const { campaign: c, code } = await shop(db);
    await upload(db, c, 'referral_code', `code,email,amount\n${code.code},ann@example.com,30\n`, 'monday.csv');
    const result = await upload(db, c, 'referral_code', `code,email,amount,date\n${code.code},ANN@example.com,31,2026-11-22\n${code.code},zed@example.com,30,\n${code.code},zed@example.com,30,\n`, 'tuesday.csv');
    expect(result.rows.map((r) => r.outcome)).toEqual(['unchanged', 'created', 'unchanged']);
    expect(result.rows[0]!.reason).toBe('Already qualified: Converted customer uploaded in “monday.csv” (row 2).');
    expect(result.rows[2]!.reason).toBe('Already qualified: Converted customer uploaded in “tuesday.csv” (row 3).');
    expect(await db.leads.count()).toBe(2);
    expect(await db.customers.count()).toBe(2);
  });

  it('keyed by email: a lead in another campaign is refused by the campaign rule; a disqualified lead is not qualified again', async () => {
    const db = freshDb();
    const { campaign: c, code } = await shop(db, rules({ maxRedemptions: null, firstTimeOnly: false, minimumOrder: null }));
    const gym = campaign({ name: 'Gym buddies' });
    await db.campaigns.add(gym);
    const lead = (email: string) => ({ name: email, email, phone: null, emailKey: email, phoneKey: null });
    await recordRedemption(db, { code: code.code, activeCampaignId: c.id, orderAmount: 4500, lead: lead('gina@example.com'), consentGiven: true }, ctx);
    const { lead: voided } = await recordRedemption(db, { code: code.code, activeCampaignId: c.id, orderAmount: 4500, lead: lead('vic@example.com'), consentGiven: true }, ctx);
    await db.leads.update(voided.id, { status: 'disqualified', statusReason: 'The sale was voided.' });
    const result = await upload(db, gym, 'email', 'email,amount\ngina@example.com,45\nvic@example.com,45\n');
    expect(result.rows[0]).toMatchObject({ outcome: 'rejected', reason: 'This code belongs to the “Friends of the shop” campaign, not this one.' });
    const again = await upload(db, c, 'email', 'email,amount\nvic@example.com,45\n');
    expect(again.rows[0]).toMatchObject({ outcome: 'rejected', reason: 'The lead was disqualified (The sale was voided.); an upload does not qualify it again.' });
  });

  it('keyed by referral code with a phone only: the phone identifies the customer', async () => {
    const db = freshDb();
    const { campaign: c, code } = await shop(db);
    const result = await upload(db, c, 'referral_code', `code,name,phone,amount\n${code.code},Paula,+1 555 010 2000,45\n${code.code},Paula again,+1-555-010-2000,45\n`);
    expect(result.rows.map((r) => r.outcome)).toEqual(['created', 'unchanged']);
    expect((await db.customers.toArray()).map((cu) => cu.phoneKey)).toEqual(['+15550102000']);
  });

  it('cut short by a reload, an upload says where it stopped; the same file again finishes it and applies no row twice', async () => {
    const db = freshDb();
    const { campaign: c, code } = await shop(db);
    const rows = Array.from({ length: UPLOAD_CHUNK + 1_000 }, (_, i) => `${code.code},Buyer ${i},buyer${i}@example.com,30.00,2026-11-20`);
    const text = ['code,name,email,amount,date', ...rows].join('\n');
    // the page goes away as soon as the first chunk is written
    const reload = new Error('page reloaded');
    const cut = upload(db, c, 'referral_code', text, 'fair.csv', (done) => {
      if (done > 0) throw reload;
    });
    await expect(cut).rejects.toBe(reload);
    expect(await db.leads.count()).toBe(UPLOAD_CHUNK);
    expect(await db.uploads.count()).toBe(0);
    expect(await unfinishedUploads(db)).toEqual([expect.objectContaining({ fileName: 'fair.csv', done: UPLOAD_CHUNK, total: UPLOAD_CHUNK + 1_000, state: 'running' })]);

    const again = await upload(db, c, 'referral_code', text, 'fair.csv');
    expect(again.counts).toMatchObject({ unchanged: UPLOAD_CHUNK, created: 1_000, invalid: 0, rejected: 0 });
    expect(await db.leads.count()).toBe(UPLOAD_CHUNK + 1_000);
    expect(new Set((await db.leads.toArray()).map((l) => l.email)).size).toBe(UPLOAD_CHUNK + 1_000);
    expect(await unfinishedUploads(db)).toEqual([]);
    expect(await db.uploads.count()).toBe(1);
  }, 60_000);

  it('reports unreadable rows with their row numbers and applies the rest', async () => {
    const db = freshDb();
    const { campaign: c, code } = await shop(db);
    const result = await upload(db, c, 'referral_code', `code,email,amount,date\n,a@example.com,30,\n${code.code},not-an-email,30,\n${code.code},b@example.com,12.345,\n${code.code},c@example.com,30,03/04/2026\n${code.code},d@example.com,30,\n`);
    expect(result.rows.map((r) => [r.row, r.outcome])).toEqual([[2, 'invalid'], [3, 'invalid'], [4, 'invalid'], [5, 'invalid'], [6, 'created']]);
    expect(result.rows[0]!.reason).toBe('No referral code.');
    expect(result.rows[1]!.reason).toBe('“not-an-email” is not a complete email address.');
    expect(result.rows[2]!.reason).toBe('Order amount: USD has at most 2 decimals.');
    expect(result.rows[3]!.reason).toMatch(/^Order date: “03\/04\/2026” is not a date we read: use YYYY-MM-DD/);
  });
});
