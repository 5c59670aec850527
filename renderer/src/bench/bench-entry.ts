/**
 * Benchmarks that run inside the real renderer page (bench.html), on the app's own store and
 * scan-to-verdict code. test/bench/run.ts drives them and reports the figures.
 */
import { uuidv7 } from 'uuidv7';
import { displayCode, generateCode } from '../../../shared/domain/code-format';
import type { Campaign, ReferralCode } from '../../../shared/domain/records';
import { judgeRedemption } from '../../../shared/domain/rules';
import { POS_DB_NAME, PosDb } from '../db/pos-db';
import { createCardBatch } from '../db/repos/card-batches';
import { cryptoRandomBytes, generateCodesForReferrers } from '../db/repos/code-generator';
import { checkCode } from '../features/code-check/check-code';
import { benchCampaign, benchReferrer, freshDb } from './bench-fixtures';
import { importConverted } from './import-bench';
import { syncDrain } from './sync-bench';

const FILL_CHUNK = 20_000;

/** Fills the store with `count` codes (1,000 referrers share them) and returns a sample of them. */
async function fillCodes(db: PosDb, campaign: Campaign, count: number, sampleSize: number): Promise<string[]> {
  const referrers = Array.from({ length: 1000 }, (_, i) => benchReferrer(campaign.id, i));
  await db.campaigns.add(campaign);
  await db.referrers.bulkAdd(referrers);
  const sample: string[] = [];
  const every = Math.max(1, Math.floor(count / sampleSize));
  for (let done = 0; done < count; done += FILL_CHUNK) {
    const chunk: ReferralCode[] = [];
    for (let i = done; i < Math.min(count, done + FILL_CHUNK); i++) {
      const code = generateCode(null, cryptoRandomBytes);
      if (i % every === 0 && sample.length < sampleSize) sample.push(code);
      chunk.push({
        code, kind: 'generated', campaignId: campaign.id, referrerId: referrers[i % 1000]!.id, active: true,
        rules: campaign.defaultRules, timesRedeemed: i % 4, pendingRedemptions: 0, stripePromotionCodeId: null, syncEntryId: null, isDemo: false, createdAt: Date.now(),
      });
    }
    await db.codes.bulkPut(chunk);
  }
  return sample;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function rawGet(idb: IDBDatabase, key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction('codes', 'readonly').objectStore('codes').get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export interface LookupResult {
  codes: number;
  fillSeconds: number;
  lookupP95Ms: number;
  rawP95Ms: number;
  lookupMedianMs: number;
  rawMedianMs: number;
}

/** Scan text in (display form, lower case), verdict out, against `count` stored codes. */
async function lookup(count: number, samples = 1000): Promise<LookupResult> {
  const db = await freshDb('bench-lookup');
  const campaign = benchCampaign();
  const t0 = performance.now();
  const sample = await fillCodes(db, campaign, count, samples);
  const fillSeconds = (performance.now() - t0) / 1000;
  const ours: number[] = [];
  const raw: number[] = [];
  const idb = db.backendDB();
  for (const code of sample) {
    const text = displayCode(code, 'generated').toLowerCase();
    const start = performance.now();
    const check = await checkCode(db, text);
    if (check.kind !== 'found') throw new Error(`bench code ${code} not found: ${check.kind}`);
    judgeRedemption({ code: check.match.code, codeCampaign: campaign, activeCampaign: campaign, orderAmount: 4500, customer: 'unknown', now: Date.now() });
    ours.push(performance.now() - start);
    const rawStart = performance.now();
    await rawGet(idb, code);
    raw.push(performance.now() - rawStart);
  }
  db.close();
  return {
    codes: count, fillSeconds,
    lookupP95Ms: percentile(ours, 95), rawP95Ms: percentile(raw, 95),
    lookupMedianMs: percentile(ours, 50), rawMedianMs: percentile(raw, 50),
  };
}

/** Creates and stores codes for `count` referrers that have none (the referrers exist already). */
async function generate(count: number): Promise<{ referrers: number; seconds: number }> {
  const db = await freshDb('bench-generate');
  const campaign = benchCampaign();
  const referrers = Array.from({ length: count }, (_, i) => benchReferrer(campaign.id, i));
  await db.campaigns.add(campaign);
  await db.referrers.bulkAdd(referrers);
  const start = performance.now();
  const created = await generateCodesForReferrers(db, campaign, referrers, { now: Date.now() });
  const seconds = (performance.now() - start) / 1000;
  if (created.length !== count) throw new Error(`generated ${created.length} codes for ${count} referrers`);
  db.close();
  return { referrers: count, seconds };
}

/**
 * The floor under `generate`: the same number of code records put with bare IndexedDB in one
 * transaction, no drawing, no checks, no Dexie. Ours over this is our overhead; this is the disk's.
 */
async function rawAdds(count: number): Promise<{ records: number; seconds: number }> {
  const db = await freshDb('bench-raw-adds');
  const campaign = benchCampaign();
  const codes = Array.from({ length: count }, (_, i) => ({
    code: generateCode(null, cryptoRandomBytes), kind: 'generated', campaignId: campaign.id, referrerId: uuidv7(), active: true,
    rules: campaign.defaultRules, timesRedeemed: 0, pendingRedemptions: 0, isDemo: false, createdAt: Date.now() + i,
  }));
  const idb = db.backendDB();
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('codes', 'readwrite');
    const store = tx.objectStore('codes');
    for (const code of codes) store.add(code);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return { records: count, seconds };
}

/**
 * A print batch of `count` cards in the app's own store (the page at #/cards/batch/<id> then lays
 * it out and prints it): a campaign with a referral link, its referrers and their codes.
 */
async function cardBatch(count: number): Promise<{ batchId: string }> {
  const db = new PosDb(POS_DB_NAME);
  const campaign = { ...benchCampaign(), name: 'Spring fair', linkTemplate: 'https://shop.example/r/{code}' };
  const referrers = Array.from({ length: count }, (_, i) => benchReferrer(campaign.id, i));
  await db.campaigns.add(campaign);
  await db.referrers.bulkAdd(referrers);
  const codes = await generateCodesForReferrers(db, campaign, referrers, { now: Date.now() });
  const batch = await createCardBatch(db, { campaignId: campaign.id, codes: codes.map((c) => c.code), template: 'business_card', sheet: 'a4', label: 'Bench' }, { now: Date.now(), deviceId: 'bench', actor: 'bench', online: false });
  db.close();
  return { batchId: batch.id };
}

/** The app's own store filled with `count` codes (the app page then opens on it); returns a sample code. */
async function fillAppStore(count: number): Promise<{ sample: string }> {
  const db = new PosDb(POS_DB_NAME);
  const [sample] = await fillCodes(db, benchCampaign(), count, 1);
  db.close();
  return { sample: sample! };
}

declare global {
  interface Window {
    posBench?: { lookup: typeof lookup; generate: typeof generate; rawAdds: typeof rawAdds; syncDrain: typeof syncDrain; cardBatch: typeof cardBatch; importConverted: typeof importConverted; fillAppStore: typeof fillAppStore };
  }
}

window.posBench = { lookup, generate, rawAdds, syncDrain, cardBatch, importConverted, fillAppStore };
document.getElementById('status')!.textContent = 'ready';
