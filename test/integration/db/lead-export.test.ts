import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateCodesForReferrers } from '../../../renderer/src/db/repos/code-generator';
import { exportLeadsCsv } from '../../../renderer/src/db/repos/lead-export';
import { recordRedemption } from '../../../renderer/src/db/repos/redemption-recorder';
import { reportCsv } from '../../../renderer/src/features/uploads/report-csv';
import { campaign, freshDb, NOW, referrer, rules } from './store-fixture';

describe('exporting leads', () => {
  it('lists every lead with status, reason, source, code and referrer; a formula typed as a name stays text', async () => {
    const db = freshDb();
    const shop = campaign({ defaultRules: rules({ firstTimeOnly: false }) });
    const dana = referrer(shop.id, { name: '@Dana' });
    await db.campaigns.add(shop);
    await db.referrers.add(dana);
    const [code] = await generateCodesForReferrers(db, shop, [dana], { now: NOW });
    const name = '=HYPERLINK("http://evil.example","x")';
    const lead = { name, email: 'eve@example.com', phone: '+1 555 010 2000', emailKey: 'eve@example.com', phoneKey: '+15550102000' };
    await recordRedemption(db, { code: code!.code, activeCampaignId: shop.id, orderAmount: 4500, lead, consentGiven: true, source: 'kiosk' }, { now: NOW, deviceId: 'd', online: true, actor: 'kiosk' });
    const { csv, count } = await exportLeadsCsv(db);
    expect(count).toBe(1);
    const [header, row] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(header).toEqual(['Captured at', 'Name', 'Email', 'Phone', 'Status', 'Reason', 'Source', 'Referral code', 'Referrer', 'Campaign', 'Note']);
    expect(row).toEqual([new Date(NOW).toISOString(), `'${name}`, 'eve@example.com', "'+1 555 010 2000", 'pending', 'Sale recorded; waiting for payment.', 'kiosk', expect.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]$/), "'@Dana", 'Friends of the shop', '']);
  });

  it('the row report neutralizes what a customer typed too', () => {
    const csv = reportCsv([{ row: 2, outcome: 'created', customer: '+cmd|calc', code: 'K7QM-X4PD-R', reason: 'New lead for Dana Whitfield\'s code, qualified.' }]);
    expect(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data).toEqual([
      ['Row', 'Outcome', 'Customer', 'Referral code', 'Reason'],
      ['2', 'New lead, qualified', "'+cmd|calc", 'K7QM-X4PD-R', "New lead for Dana Whitfield's code, qualified."],
    ]);
  });
});
