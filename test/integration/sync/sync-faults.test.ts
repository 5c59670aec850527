import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { countWaiting } from '../../../renderer/src/sync/outbox';
import { markDone } from '../../../renderer/src/sync/outbox';
import { NOW } from '../db/store-fixture';
import { SENDERS } from '../../../renderer/src/sync/senders';
import { SyncRunner } from '../../../renderer/src/sync/sync-runner';
import { useSyncStatus } from '../../../renderer/src/sync/sync-store';
import { connectionState } from '../../../shared/sync/connection-state';
import type { FaultAction } from '../../../electron/stripe-emulator/faults';
import { device, drainUntilSettled, sell, shopWithCodes, startSandbox, uniqueBuyer, type Sandbox } from './sync-harness';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** What reached Stripe for this device's sales: customers by email, invoices by customer. */
function stripeSide(s: Sandbox, emails: Set<string>) {
  const customers = s.emulator.store.list('customer').filter((c) => c.email !== null && emails.has(c.email));
  const ids = new Set(customers.map((c) => c.id));
  const invoices = s.emulator.store.list('invoice').filter((i) => typeof i.customer === 'string' && ids.has(i.customer));
  return { customers, invoices };
}

async function sellMany(db: PosDb, count: number, codes: string[], campaignId: string): Promise<Set<string>> {
  const emails = new Set<string>();
  for (let i = 0; i < count; i++) {
    const buyer = uniqueBuyer(`sale${i}`);
    emails.add(`${buyer}@example.com`);
    await sell(db, codes[i % codes.length]!, campaignId, buyer, 2_500 + i);
  }
  return emails;
}

describe('exactly once, whatever the network does', () => {
  it('loses and duplicates nothing when every request is committed and its answer lost, twice', async () => {
    sandbox = await startSandbox({ rateLimitPerSecond: 0 });
    // stripe-node resends a dropped request once by itself: dropping two makes the outbox retry
    sandbox.emulator.faults.add({ method: 'POST', path: '/v1/**', perKey: 2, action: { kind: 'drop', commit: true } });
    const a = device(sandbox.api, 'A', { concurrency: 8 });
    const { shop, codes } = await shopWithCodes(a.db, 10);
    const emails = await sellMany(a.db, 100, codes.map((c) => c.code), shop.id);

    const reports = await drainUntilSettled(a, 40);
    expect(reports.reduce((n, r) => n + r.retried, 0)).toBeGreaterThan(100);
    expect(await a.db.outbox.where('state').notEqual('done').count()).toBe(0);

    const { customers, invoices } = stripeSide(sandbox, emails);
    expect(customers).toHaveLength(100);
    expect(invoices).toHaveLength(100);
    expect(new Set(invoices.map((i) => i.customer)).size).toBe(100);
    expect(invoices.every((i) => i.status === 'open')).toBe(true);
    const redemptions = await a.db.redemptions.toArray();
    expect(new Set(redemptions.map((r) => r.stripeInvoiceId))).toEqual(new Set(invoices.map((i) => i.id)));
    const counted = sandbox.emulator.store.list('promotion_code').filter((p) => codes.some((c) => c.code === p.code));
    expect(counted.reduce((n, p) => n + p.times_redeemed, 0)).toBe(100);
    const dropped = sandbox.emulator.store.requests().filter((r) => r.fault === 'drop').length;
    expect(dropped).toBeGreaterThanOrEqual(2 * 100 * 4);
  }, 120_000);

  it('drains a 429 storm without losing a sale', async () => {
    sandbox = await startSandbox({ rateLimitPerSecond: 30 });
    const a = device(sandbox.api, 'A', { concurrency: 8 });
    const { shop, codes } = await shopWithCodes(a.db, 5);
    const emails = await sellMany(a.db, 30, codes.map((c) => c.code), shop.id);

    await drainUntilSettled(a, 40);
    expect(await a.db.outbox.where('state').notEqual('done').count()).toBe(0);
    expect(sandbox.emulator.store.requests().filter((r) => r.status === 429).length).toBeGreaterThan(0);
    const { customers, invoices } = stripeSide(sandbox, emails);
    expect(customers).toHaveLength(30);
    expect(invoices).toHaveLength(30);
  }, 120_000);

  it('keeps selling through a Stripe outage of 500s and then garbled answers; "Sync now" sends every sale exactly once', async () => {
    sandbox = await startSandbox({ rateLimitPerSecond: 0 });
    const a = device(sandbox.api, 'A', { concurrency: 8 });
    const { shop, codes } = await shopWithCodes(a.db, 5);
    await drainUntilSettled(a);

    // every write answered with a 500: the till keeps recording sales, nothing reaches Stripe
    const outage = sandbox.emulator.faults.add({ method: 'POST', path: '/v1/**', action: { kind: 'error', status: 500 } });
    const during = await sellMany(a.db, 20, codes.map((c) => c.code), shop.id);
    expect((await a.runner.drain()).sent).toBe(0);
    expect(await a.db.redemptions.count()).toBe(20);
    expect(await a.db.outbox.where('state').equals('pending').count()).toBeGreaterThanOrEqual(40);

    // Stripe is back but garbles the answer to each write it has done, once; more sales meanwhile
    sandbox.emulator.faults.remove(outage);
    sandbox.emulator.faults.add({ method: 'POST', path: '/v1/**', perKey: 1, action: { kind: 'malformed', commit: true } });
    const after = await sellMany(a.db, 20, codes.map((c) => c.code), shop.id);
    // a manager presses "Sync now" until the badge says 0 (it lifts the backoff, as the engine does)
    for (let press = 0; press < 10 && (await a.db.outbox.where('state').equals('pending').count()) > 0; press++) {
      await a.db.outbox.where('state').equals('pending').modify({ nextAttemptAt: Date.now() });
      await a.runner.drain();
    }
    expect(await a.db.outbox.where('state').notEqual('done').count()).toBe(0);

    const { customers, invoices } = stripeSide(sandbox, new Set([...during, ...after]));
    expect(customers).toHaveLength(40);
    expect(invoices).toHaveLength(40);
    expect(new Set(invoices.map((i) => i.customer)).size).toBe(40);
    expect(sandbox.emulator.store.requests().filter((r) => r.fault === 'error').length).toBeGreaterThan(0);
    expect(sandbox.emulator.store.requests().filter((r) => r.fault === 'malformed').length).toBeGreaterThanOrEqual(40);
  }, 120_000);

  it('keeps selling through minutes of 429s, 500s, timeouts and garbled answers; the badge names each, and nothing is lost or doubled', async () => {
    // stripe-node gives up on a silent Stripe after 20 s in the app; 300 ms here, so minutes of it fit in a test
    sandbox = await startSandbox({ rateLimitPerSecond: 0, stripeTimeoutMs: 300 });
    // the till's clock runs real time plus what the test skips ahead: backoffs of minutes pass in an instant
    let skipped = 0;
    const now = () => Date.now() + skipped;
    const db = device(sandbox.api, 'A').db;
    const runner = new SyncRunner({ db, api: sandbox.api, deviceId: 'A', concurrency: 8, maxWaitMs: 0, now, isOnline: () => true, onSettled: (failure) => useSyncStatus.getState().sendSettled(failure, now()) });
    const { shop, codes } = await shopWithCodes(db, 5);
    for (let i = 0; i < 5 && (await countWaiting(db)) > 0; i++) await runner.drain();
    useSyncStatus.getState().reset();
    const badge = async () => connectionState({ online: true, waiting: await countWaiting(db), keyRefused: useSyncStatus.getState().halted === 'rejected_key', lastFailure: useSyncStatus.getState().lastFailure });

    const storms: { action: FaultAction; badge: string }[] = [
      { action: { kind: 'rate_limit' }, badge: 'Stripe is busy, retrying' },
      { action: { kind: 'error', status: 503 }, badge: 'Stripe is having problems, retrying' },
      { action: { kind: 'timeout', commit: true }, badge: 'Stripe is not answering, retrying' },
      { action: { kind: 'malformed', commit: true }, badge: 'Stripe is not answering, retrying' },
    ];
    const emails = new Set<string>();
    let sold = 0;
    for (const storm of storms) {
      const fault = sandbox.emulator.faults.add({ path: '/v1/**', action: storm.action });
      // three minutes of this storm: a sale every 30 s, and the sync trying whenever a retry is due
      for (let tick = 0; tick < 6; tick++) {
        const buyer = uniqueBuyer(`storm${sold}`);
        emails.add(`${buyer}@example.com`);
        await sell(db, codes[sold % codes.length]!.code, shop.id, buyer, 2_500 + sold);
        sold += 1;
        const report = await runner.drain();
        useSyncStatus.getState().finishDraining(report, now());
        expect(report.sent).toBe(0);
        expect(await badge()).toEqual({ tone: 'trouble', text: `Online · ${storm.badge} · ${(await countWaiting(db)).toLocaleString('en')} items waiting to sync` });
        skipped += 30_000;
      }
      sandbox.emulator.faults.remove(fault);
    }
    expect(await db.redemptions.count()).toBe(sold);
    expect(await db.conflicts.count()).toBe(0);

    // Stripe is well again: once the longest backoff has passed, every sale goes through exactly once
    for (let round = 0; round < 10 && (await countWaiting(db)) > 0; round++) {
      skipped += 5 * 60_000;
      useSyncStatus.getState().finishDraining(await runner.drain(), now());
    }
    expect(await badge()).toEqual({ tone: 'online', text: 'Online · 0 items waiting to sync' });
    const { customers, invoices } = stripeSide(sandbox, emails);
    expect(customers).toHaveLength(sold);
    expect(invoices).toHaveLength(sold);
    expect(new Set(invoices.map((i) => i.customer)).size).toBe(sold);
    const faults = new Set(sandbox.emulator.store.requests().map((r) => r.fault));
    expect([...faults]).toEqual(expect.arrayContaining(['rate_limit', 'error', 'timeout', 'malformed']));
  }, 180_000);

  it('stops the drain with the error when the device cannot write down what Stripe answered, and sends it again next time', async () => {
    sandbox = await startSandbox({ rateLimitPerSecond: 0 });
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 2);
    await drainUntilSettled(a);
    const emails = await sellMany(a.db, 3, codes.map((c) => c.code), shop.id);
    const full = new Error('QuotaExceededError: the disk is full');
    const refuse = vi.spyOn(a.db.outbox, 'update').mockRejectedValue(full);
    await expect(a.runner.drain()).rejects.toBe(full);
    refuse.mockRestore();
    // nothing was marked done that was not written; the resends are answered from Stripe's idempotency store
    await drainUntilSettled(a);
    expect(await a.db.outbox.where('state').notEqual('done').count()).toBe(0);
    const { customers, invoices } = stripeSide(sandbox, emails);
    expect(customers).toHaveLength(3);
    expect(invoices).toHaveLength(3);
  }, 60_000);

  it('keeps the newest count of a code when two sales’ answers are written down in the opposite order', async () => {
    sandbox = await startSandbox({ rateLimitPerSecond: 0 });
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 1);
    await drainUntilSettled(a);
    await sellMany(a.db, 2, [codes[0]!.code], shop.id);
    const ctx = { db: a.db, api: sandbox.api, now: () => NOW, deviceId: 'A' };
    for (const customer of (await a.db.outbox.toArray()).filter((e) => e.kind === 'customer.create' && e.state === 'pending')) {
      const sent = await SENDERS[customer.kind](ctx, customer);
      if (sent.kind !== 'done') throw new Error('the customer did not reach Stripe');
      await markDone(a.db, customer, NOW, sent.writeBack);
    }
    const [first, second] = (await a.db.outbox.toArray()).filter((e) => e.kind === 'sale.record').sort((x, y) => x.createdAt - y.createdAt);
    const answers = [await SENDERS['sale.record'](ctx, first!), await SENDERS['sale.record'](ctx, second!)];
    if (answers.some((o) => o.kind !== 'done')) throw new Error('a sale did not reach Stripe');
    // Stripe counted 1, then 2; the second answer is written down first
    await markDone(a.db, second!, NOW, (answers[1] as { writeBack: () => Promise<void> }).writeBack);
    await markDone(a.db, first!, NOW, (answers[0] as { writeBack: () => Promise<void> }).writeBack);
    expect(await a.db.codes.get(codes[0]!.code)).toMatchObject({ timesRedeemed: 2, pendingRedemptions: 0 });
  }, 60_000);
});
