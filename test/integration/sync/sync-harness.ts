import Stripe from 'stripe';
import { uuidv7 } from 'uuidv7';
import type { PosApi } from '../../../shared/api/contract';
import type { Campaign, CodeRules, ReferralCode } from '../../../shared/domain/records';
import { createHandlers } from '../../../electron/services/handlers';
import { memoryKeyStore } from '../../../electron/services/stripe/key-store';
import { stripeAccount } from '../../../electron/services/stripe/stripe-account';
import { startStripeEmulator, type RunningEmulator } from '../../../electron/stripe-emulator';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { generateCodesForReferrers } from '../../../renderer/src/db/repos/code-generator';
import { queueCoupon } from '../../../renderer/src/db/repos/outbox-queue';
import { recordRedemption } from '../../../renderer/src/db/repos/redemption-recorder';
import { SyncRunner, type DrainReport } from '../../../renderer/src/sync/sync-runner';
import { apiInProcess } from '../api-in-process';
import { campaign, freshDb, NOW, referrer, rules } from '../db/store-fixture';

export interface Sandbox {
  emulator: RunningEmulator;
  api: PosApi;
  close(): Promise<void>;
}

/** The emulator on a free port and the app's real services talking to it over HTTP. */
export async function startSandbox(options: { rateLimitPerSecond?: number; stripeTimeoutMs?: number } = {}): Promise<Sandbox> {
  const emulator = await startStripeEmulator({ port: 0, rateLimitPerSecond: options.rateLimitPerSecond });
  const endpoint = { host: '127.0.0.1', port: emulator.port, protocol: 'http' as const };
  const connection = { secretKey: 'sk_test_sandbox', endpoint, timeoutMs: options.stripeTimeoutMs };
  const account = stripeAccount(memoryKeyStore(null), { connection: async () => connection });
  const api = apiInProcess(createHandlers({ version: 'test', host: 'browser', stripe: account }));
  return { emulator, api, close: () => emulator.close() };
}

/** A sandbox without a rate limit (tests that read Stripe themselves) and stripe-node pointed at it. */
export async function startSandboxWithReader(): Promise<{ sandbox: Sandbox; stripe: Stripe }> {
  const sandbox = await startSandbox({ rateLimitPerSecond: 0 });
  return { sandbox, stripe: new Stripe('sk_test_reader', { host: '127.0.0.1', port: sandbox.emulator.port, protocol: 'http' }) };
}

export interface Device {
  db: PosDb;
  runner: SyncRunner;
  name: string;
}

export function device(api: PosApi, name: string, options: { concurrency?: number } = {}): Device {
  const db = freshDb();
  return { db, name, runner: new SyncRunner({ db, api, deviceId: name, concurrency: options.concurrency ?? 6, maxWaitMs: 4_000 }) };
}

/** A campaign queued for Stripe with `count` referrers, each with a generated code. */
export async function shopWithCodes(db: PosDb, count: number, codeRules: CodeRules = rules({ firstTimeOnly: false, maxRedemptions: null })): Promise<{ shop: Campaign; codes: ReferralCode[] }> {
  const shop = campaign({ defaultRules: codeRules });
  const people = Array.from({ length: count }, (_, i) => referrer(shop.id, { name: `Referrer ${i + 1}` }));
  await db.transaction('rw', db.campaigns, db.referrers, db.outbox, async () => {
    await db.campaigns.add(shop);
    await queueCoupon(db, shop, NOW);
    await db.referrers.bulkAdd(people);
  });
  const codes = await generateCodesForReferrers(db, shop, people, { now: NOW });
  return { shop, codes };
}

/** The same campaign and codes on a second device, as if it had synced them down. */
export async function copyCatalog(from: PosDb, to: PosDb): Promise<void> {
  await to.campaigns.bulkPut(await from.campaigns.toArray());
  await to.referrers.bulkPut(await from.referrers.toArray());
  await to.codes.bulkPut((await from.codes.toArray()).map((c) => ({ ...c, pendingRedemptions: 0 })));
}

export async function sell(db: PosDb, code: string, campaignId: string, buyer: string, orderAmount = 5_000) {
  const email = `${buyer}@example.com`;
  const lead = { name: buyer, email, phone: null, emailKey: email, phoneKey: null };
  return recordRedemption(db, { code, activeCampaignId: campaignId, orderAmount, lead, consentGiven: true }, { now: NOW, deviceId: 'test', online: false, actor: 'counter' });
}

/** Drains until nothing is pending any more (or `rounds` drains did not get there). */
export async function drainUntilSettled(dev: Device, rounds = 20): Promise<DrainReport[]> {
  const reports: DrainReport[] = [];
  for (let i = 0; i < rounds; i++) {
    reports.push(await dev.runner.drain());
    if ((await dev.db.outbox.where('state').equals('pending').count()) === 0) break;
  }
  return reports;
}

export function uniqueBuyer(prefix: string): string {
  return `${prefix}-${uuidv7().slice(-8)}`;
}
