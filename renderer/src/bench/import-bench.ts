import { toCsv } from '../../../shared/csv/csv-export';
import { readCsv, suggestMapping } from '../../../shared/csv/converted-customers';
import { generateCodesForReferrers } from '../db/repos/code-generator';
import { fileHash, UPLOAD_CHUNK, uploadConvertedCustomers } from '../db/repos/converted-upload';
import { reportCsv } from '../features/uploads/report-csv';
import { benchCampaign, benchReferrer, freshDb } from './bench-fixtures';

export interface ImportResult {
  rows: number;
  seconds: number;
  /** the same leads and customers put with bare IndexedDB, in transactions of the same size: the disk's part */
  floorSeconds: number;
  counts: Record<string, number>;
  reportBytes: number;
}

/**
 * A converted-customers file of `rows` rows keyed by referral code (1,000 referrers' codes, every
 * customer new, one row in a hundred unreadable) read from its bytes, checked, applied and turned
 * into the downloadable row report: the whole upload a manager waits for.
 */
export async function importConverted(rows: number): Promise<ImportResult> {
  const db = await freshDb('bench-import');
  const campaign = benchCampaign({ maxRedemptions: null, firstTimeOnly: true, minimumOrder: 2000 });
  const referrers = Array.from({ length: 1000 }, (_, i) => benchReferrer(campaign.id, i));
  await db.campaigns.add(campaign);
  await db.referrers.bulkAdd(referrers);
  const codes = await generateCodesForReferrers(db, campaign, referrers, { now: Date.now() });
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const lines = Array.from({ length: rows }, (_, i) =>
    i % 100 === 99
      ? [codes[i % codes.length]!.code, `Customer ${i}`, `customer-${i}@`, '45.00', day]
      : [codes[i % codes.length]!.code, `Customer ${i}`, `customer-${i}@example.com`, (25 + (i % 50)).toFixed(2), day],
  );
  const bytes = new TextEncoder().encode(toCsv(['code', 'name', 'email', 'amount', 'date'], lines));

  const start = performance.now();
  const hash = await fileHash(bytes);
  const read = readCsv(new TextDecoder().decode(bytes));
  if (!read.ok) throw new Error(read.message);
  const mapping = suggestMapping(read.table.header, 'referral_code');
  const result = await uploadConvertedCustomers(
    db,
    { fileName: 'bench.csv', hash, table: read.table, kind: 'referral_code', mapping, campaign },
    { now: Date.now(), deviceId: 'bench', actor: 'bench', online: false },
  );
  const report = reportCsv(result.rows);
  const seconds = (performance.now() - start) / 1000;
  if (result.rows.length !== rows || result.counts.created !== rows - Math.floor(rows / 100)) {
    throw new Error(`unexpected outcomes: ${JSON.stringify(result.counts)}`);
  }
  const [leads, customers] = await Promise.all([db.leads.toArray(), db.customers.toArray()]);
  db.close();
  return { rows, seconds, floorSeconds: await rawFloor(leads, customers), counts: result.counts, reportBytes: report.length };
}

async function rawFloor(leads: readonly object[], customers: readonly object[]): Promise<number> {
  const db = await freshDb('bench-import-floor');
  const idb = db.backendDB();
  const start = performance.now();
  for (let i = 0; i < leads.length; i += UPLOAD_CHUNK) {
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(['leads', 'customers'], 'readwrite');
      for (const lead of leads.slice(i, i + UPLOAD_CHUNK)) tx.objectStore('leads').put(lead);
      for (const customer of customers.slice(i, i + UPLOAD_CHUNK)) tx.objectStore('customers').put(customer);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return seconds;
}
