import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordRedemption } from '../../renderer/src/db/repos/redemption-recorder';
import { NOW } from '../integration/db/store-fixture';
import { device, drainUntilSettled, shopWithCodes, startSandbox, type Sandbox } from '../integration/sync/sync-harness';

/** SOAK_SALES sets the size: 5,000 by default (`npm run test:soak`); CI runs a smaller day. */
const SALES = Number(process.env['SOAK_SALES'] ?? 5_000);
const DAY = 86_400_000;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimitPerSecond: 0 });
});
afterAll(() => sandbox.close());

describe(`a day offline: ${SALES.toLocaleString('en')} sales`, () => {
  it('are all kept while offline, and all reach Stripe exactly once after reconnecting', async () => {
    const till = device(sandbox.api, 'till', { concurrency: 8 });
    const { shop, codes } = await shopWithCodes(till.db, 50);
    // the whole day, with no network: sales every few seconds, on the till's own clock
    for (let i = 0; i < SALES; i++) {
      const email = `day-${i}@example.com`;
      const lead = { name: `Day buyer ${i}`, email, phone: null, emailKey: email, phoneKey: null };
      const at = NOW + Math.floor((i * DAY) / SALES);
      await recordRedemption(till.db, { code: codes[i % codes.length]!.code, activeCampaignId: shop.id, orderAmount: 2_500 + (i % 50) * 100, lead, consentGiven: true }, { now: at, deviceId: 'till', online: false, actor: 'soak' });
    }
    expect(await till.db.redemptions.count()).toBe(SALES);
    expect(await till.db.outbox.where('state').equals('pending').count()).toBeGreaterThanOrEqual(2 * SALES);

    // back online
    await drainUntilSettled(till, 400);
    expect(await till.db.outbox.where('state').notEqual('done').count()).toBe(0);
    const invoices = sandbox.emulator.store.list('invoice').filter((inv) => inv.status === 'open');
    const customers = sandbox.emulator.store.list('customer').filter((c) => c.email?.startsWith('day-'));
    expect(customers).toHaveLength(SALES);
    expect(new Set(customers.map((c) => c.email)).size).toBe(SALES);
    expect(invoices).toHaveLength(SALES);
    const stored = await till.db.redemptions.toArray();
    expect(new Set(stored.map((r) => r.stripeInvoiceId)).size).toBe(SALES);
  }, 1_800_000);
});
