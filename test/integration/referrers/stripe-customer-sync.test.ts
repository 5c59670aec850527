import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PosApi } from '../../../shared/api/contract';
import { addReferrer } from '../../../renderer/src/db/repos/referrer-repo';
import type { ActionContext } from '../../../renderer/src/db/repos/referrer-audit';
import { pauseJob } from '../../../renderer/src/db/repos/referrer-generation-job';
import { runCustomerSync, startCustomerSync, unfinishedCustomerSync } from '../../../renderer/src/db/repos/referrer-stripe-sync';
import { campaign, freshDb, NOW } from '../db/store-fixture';
import { startSandboxWithReader, type Sandbox } from '../sync/sync-harness';

const ctx: ActionContext = { now: NOW, actor: 'manager', deviceId: 'test-device', online: true };

let sandbox: Sandbox;
let stripe: Stripe;
let pagesAsked: (string | null)[];
let api: PosApi;

beforeAll(async () => {
  ({ sandbox, stripe } = await startSandboxWithReader());
  // 250 customers: 248 ordinary, one with the email of an existing referrer, one with neither email nor phone
  for (let i = 0; i < 248; i++) await stripe.customers.create({ name: `Customer ${i}`, email: `customer${i}@example.com` });
  await stripe.customers.create({ name: 'Dana on Stripe', email: 'dana@example.com' });
  await stripe.customers.create({ name: 'Walk-in without contact' });
  pagesAsked = [];
  api = {
    ...sandbox.api,
    'stripe:listCustomers': (args) => {
      pagesAsked.push(args.startingAfter);
      return sandbox.api['stripe:listCustomers'](args);
    },
  };
});
afterAll(() => sandbox.close());

describe('syncing referrers from Stripe customers', () => {
  it('reads 250 customers in pages, resumes after a cancel from the last page stored, and adds each once', async () => {
    const db = freshDb();
    const shop = campaign();
    await db.campaigns.add(shop);
    const dana = await addReferrer(db, shop.id, { name: 'Dana Whitfield', email: 'Dana@Example.com' }, false, ctx);
    if (!dana.ok) throw new Error('not added');

    const job = await startCustomerSync(db, shop.id, ctx);
    let pages = 0;
    const first = await runCustomerSync(db, api, job.id, ctx, { betweenPages: async () => void (++pages === 1 && (await pauseJob(db, job.id, ctx))) });
    // newest first: the first page holds the walk-in, Dana's customer and 98 others
    expect(first.job).toMatchObject({ state: 'paused', done: 100 });
    expect(first.tally).toEqual({ added: 98, linked: 1, skipped: 1 });
    expect(await db.referrers.count()).toBe(99);
    expect(await unfinishedCustomerSync(db, shop.id)).toMatchObject({ id: job.id, cursor: first.job.cursor });

    const resumed = await startCustomerSync(db, shop.id, ctx);
    expect(resumed.id).toBe(job.id);
    const second = await runCustomerSync(db, api, job.id, ctx);
    expect(second.job).toMatchObject({ state: 'done', done: 250 });
    expect(pagesAsked).toEqual([null, first.job.cursor, expect.any(String)]);
    expect(second.tally).toEqual({ added: 150, linked: 0, skipped: 0 });

    const referrers = await db.referrers.where('campaignId').equals(shop.id).toArray();
    expect(referrers).toHaveLength(249);
    const fromStripe = referrers.filter((r) => r.source === 'stripe');
    expect(new Set(fromStripe.map((r) => r.stripeCustomerId)).size).toBe(248);
    const linkedDana = referrers.find((r) => r.id === dana.referrer.id)!;
    expect(linkedDana).toMatchObject({ name: 'Dana Whitfield', source: 'manual' });
    expect((await stripe.customers.retrieve(linkedDana.stripeCustomerId!)) as Stripe.Customer).toMatchObject({ email: 'dana@example.com' });

    // a second sync adds nothing: every customer is linked already (or has no contact)
    const again = await startCustomerSync(db, shop.id, ctx);
    expect((await runCustomerSync(db, api, again.id, ctx)).tally).toEqual({ added: 0, linked: 0, skipped: 1 });
    expect(await db.referrers.count()).toBe(249);
  });

  it('starts over when the customer its cursor names was deleted meanwhile, adding nobody twice', async () => {
    const db = freshDb();
    const shop = campaign();
    await db.campaigns.add(shop);
    const job = await startCustomerSync(db, shop.id, ctx);
    const first = await runCustomerSync(db, api, job.id, ctx, { betweenPages: () => pauseJob(db, job.id, ctx) });
    expect(await db.referrers.count()).toBe(99);
    await stripe.customers.del(first.job.cursor!);
    pagesAsked.length = 0;
    const second = await runCustomerSync(db, api, job.id, ctx);
    expect(pagesAsked.slice(0, 3)).toEqual([first.job.cursor, null, expect.any(String)]);
    expect(second.job.state).toBe('done');
    const referrers = await db.referrers.toArray();
    expect(referrers).toHaveLength(249);
    expect(new Set(referrers.map((r) => r.stripeCustomerId)).size).toBe(249);
  });

  it('stops with Stripe’s message when Stripe cannot be read, keeping the job to resume', async () => {
    const db = freshDb();
    const shop = campaign();
    await db.campaigns.add(shop);
    const unreachable: PosApi = { ...sandbox.api, 'stripe:listCustomers': async () => ({ ok: false, error: { code: 'stripe_unreachable', message: 'Stripe could not be reached: connect ECONNREFUSED' } }) };
    const job = await startCustomerSync(db, shop.id, ctx);
    const outcome = await runCustomerSync(db, unreachable, job.id, ctx);
    expect(outcome.error?.message).toBe('Stripe could not be reached: connect ECONNREFUSED');
    expect(outcome.job).toMatchObject({ state: 'paused', done: 0, cursor: null });
    expect(await db.referrers.count()).toBe(0);
  });
});
