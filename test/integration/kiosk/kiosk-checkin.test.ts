import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInAtKiosk, CheckInRefusedError, KIOSK_PENDING_REASON, waitingCheckIns } from '../../../renderer/src/db/repos/kiosk-checkin';
import { recordRedemption } from '../../../renderer/src/db/repos/redemption-recorder';
import { device, drainUntilSettled, shopWithCodes, startSandboxWithReader, uniqueBuyer, type Sandbox } from '../sync/sync-harness';

let sandbox: Sandbox;
let stripe: Stripe;
const ctx = { now: Date.now(), deviceId: 'kiosk-1', actor: 'kiosk', online: true };

beforeAll(async () => {
  ({ sandbox, stripe } = await startSandboxWithReader());
});
afterAll(() => sandbox.close());

function details(name: string) {
  const email = `${name}@example.com`;
  return { name, email, phone: null, emailKey: email, phoneKey: null };
}

describe('checking in at the kiosk', () => {
  it('creates the pending lead and its customer; the counter rings the sale up for that same lead, and Stripe gets one customer and one invoice', async () => {
    const a = device(sandbox.api, 'K');
    const { shop, codes } = await shopWithCodes(a.db, 1);
    const buyer = uniqueBuyer('kiosk');
    const lead = await checkInAtKiosk(a.db, { code: codes[0]!.code, campaignId: shop.id, details: details(buyer), consentGiven: true }, ctx);
    expect(lead).toMatchObject({ source: 'kiosk', status: 'pending', statusReason: KIOSK_PENDING_REASON });
    expect((await waitingCheckIns(a.db, ctx.now)).map((l) => l.id)).toEqual([lead.id]);

    const { redemption } = await recordRedemption(a.db, { code: codes[0]!.code, activeCampaignId: shop.id, orderAmount: 5_000, lead: details(buyer), consentGiven: true, source: 'kiosk', leadId: lead.id }, { ...ctx, actor: 'counter' });
    expect(redemption.leadId).toBe(lead.id);
    expect(await a.db.leads.count()).toBe(1);
    expect(await waitingCheckIns(a.db, ctx.now)).toEqual([]);
    expect((await a.db.customers.toArray()).map((c) => c.orderCount)).toEqual([1]);

    await drainUntilSettled(a);
    const customers = await stripe.customers.list({ email: `${buyer}@example.com` });
    expect(customers.data).toHaveLength(1);
    const invoices = await stripe.invoices.list({ customer: customers.data[0]!.id });
    expect(invoices.data.map((i) => i.total)).toEqual([4_500]);
  });

  it('refuses a code that stopped working, and writes nothing', async () => {
    const a = device(sandbox.api, 'L');
    const { shop, codes } = await shopWithCodes(a.db, 1);
    await a.db.codes.update(codes[0]!.code, { active: false });
    await expect(checkInAtKiosk(a.db, { code: codes[0]!.code, campaignId: shop.id, details: details('late'), consentGiven: true }, ctx)).rejects.toBeInstanceOf(CheckInRefusedError);
    expect(await a.db.leads.count()).toBe(0);
    expect(await a.db.customers.count()).toBe(0);
  });
});
