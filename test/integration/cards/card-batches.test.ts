import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardCandidates, cardsOfBatch, createCardBatch, voidCardBatch } from '../../../renderer/src/db/repos/card-batches';
import { findCode } from '../../../renderer/src/db/repos/code-lookup';
import { device, drainUntilSettled, shopWithCodes, startSandboxWithReader, type Sandbox } from '../sync/sync-harness';

let sandbox: Sandbox;
let stripe: Stripe;
const ctx = { now: Date.UTC(2026, 10, 27), deviceId: 'till-1', actor: 'Mo (manager)', online: true };

beforeAll(async () => {
  ({ sandbox, stripe } = await startSandboxWithReader());
});
afterAll(() => sandbox.close());

describe('print batches of referral code cards', () => {
  it('numbers each run and keeps its codes in print order, so that it reprints the same cards', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 3);
    const chosen = (await cardCandidates(a.db, shop.id)).map((c) => c.code.code);
    expect(chosen).toHaveLength(3);
    const first = await createCardBatch(a.db, { campaignId: shop.id, codes: chosen, template: 'business_card', sheet: 'a4', label: 'Spring fair' }, ctx);
    const second = await createCardBatch(a.db, { campaignId: shop.id, codes: [codes[0]!.code], template: 'a6_flyer', sheet: 'letter', label: '' }, ctx);
    expect([first.number, second.number]).toEqual([1, 2]);
    const cards = await cardsOfBatch(a.db, first);
    expect(cards.map((c) => c.serial)).toEqual(['B1-0001', 'B1-0002', 'B1-0003']);
    expect(cards.map((c) => c.referrerName)).toEqual(['Referrer 1', 'Referrer 2', 'Referrer 3']);
    expect(await cardsOfBatch(a.db, (await a.db.cardBatches.get(first.id))!)).toEqual(cards);
    expect((await a.db.audit.toArray()).filter((e) => e.action === 'cards.batch_created')).toHaveLength(2);
  });

  it('refuses an empty run, a code twice, and a deactivated code, and writes nothing', async () => {
    const a = device(sandbox.api, 'B');
    const { shop, codes } = await shopWithCodes(a.db, 2);
    const base = { campaignId: shop.id, template: 'business_card' as const, sheet: 'a4' as const, label: '' };
    await expect(createCardBatch(a.db, { ...base, codes: [] }, ctx)).rejects.toThrow('Choose at least one referrer with a code to print.');
    await expect(createCardBatch(a.db, { ...base, codes: [codes[0]!.code, codes[0]!.code] }, ctx)).rejects.toThrow('A code appears twice');
    await a.db.codes.update(codes[1]!.code, { active: false });
    await expect(createCardBatch(a.db, { ...base, codes: codes.map((c) => c.code) }, ctx)).rejects.toThrow(`1 of the chosen codes cannot be printed (deactivated or of another campaign), e.g. ${codes[1]!.code}.`);
    expect(await a.db.cardBatches.count()).toBe(0);
  });

  it('voiding a lost batch stops its codes at the counter at once and deactivates them in Stripe on sync', async () => {
    const a = device(sandbox.api, 'C');
    const { shop, codes } = await shopWithCodes(a.db, 2);
    await drainUntilSettled(a);
    const batch = await createCardBatch(a.db, { campaignId: shop.id, codes: codes.map((c) => c.code), template: 'business_card', sheet: 'a4', label: 'Lost box' }, ctx);
    expect(await voidCardBatch(a.db, batch.id, ctx)).toBe(2);
    // the counter reads the code as deactivated at once (rules.ts then refuses it with that reason)
    expect((await findCode(a.db, [codes[0]!.code]))!.code.active).toBe(false);
    await expect(voidCardBatch(a.db, batch.id, ctx)).rejects.toThrow(`Batch ${batch.number} is already voided.`);
    await drainUntilSettled(a);
    for (const code of codes) {
      const inStripe = await stripe.promotionCodes.list({ code: code.code });
      expect(inStripe.data.map((p) => p.active)).toEqual([false]);
    }
  });
});
