import { uuidv7 } from 'uuidv7';
import type { CheckoutLink, CheckoutPages } from '../../../../shared/domain/checkout-link';
import type { Lead } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';
import { appendAuditAs } from './audit-repo';
import { ConsentMissingError, judgeOrder, newLead, saveCustomer, type LeadCaptureDraft, type RecordingContext } from './lead-capture';
import { queueCheckout } from './outbox-queue';

export interface RecordedCheckout {
  checkout: CheckoutLink;
  lead: Lead;
}

/**
 * A phone order paid through a link: the lead, its customer, the link and their outbox entries in
 * one transaction, the code judged again inside it. The link itself (a Checkout Session) is made
 * when the entry reaches Stripe: at once online, on sync when offline. The code's use is not
 * counted here: Stripe counts it when the customer pays.
 */
export async function recordCheckout(db: PosDb, draft: LeadCaptureDraft, pages: CheckoutPages, ctx: RecordingContext): Promise<RecordedCheckout> {
  if (!draft.consentGiven) throw new ConsentMissingError();
  const tables = [db.codes, db.campaigns, db.customers, db.leads, db.checkouts, db.outbox, db.audit];
  return db.transaction('rw', tables, async () => {
    const { code, codeCampaign, activeCampaign, known, verdict } = await judgeOrder(db, draft, ctx.now);
    const customer = await saveCustomer(db, known, draft.lead, ctx.now, false);
    const lead = newLead(draft, code, customer.id, ctx);
    const checkout: CheckoutLink = {
      id: uuidv7(),
      leadId: lead.id,
      customerId: customer.id,
      code: code.code,
      campaignId: code.campaignId,
      referrerId: code.referrerId,
      currency: activeCampaign.currency,
      orderAmount: draft.orderAmount,
      discountAmount: verdict.discount ?? 0,
      successUrl: pages.successUrl,
      cancelUrl: pages.cancelUrl,
      stripeSessionId: null,
      url: null,
      expiresAt: null,
      createdAt: ctx.now,
      deviceId: ctx.deviceId,
    };
    await db.leads.add(lead);
    await db.checkouts.add(checkout);
    await queueCheckout(db, customer, known === undefined, checkout.id, codeCampaign ?? activeCampaign, ctx.now);
    await appendAuditAs(db, ctx, 'checkout.recorded', { code: code.code, checkoutId: checkout.id, leadId: lead.id, orderAmount: draft.orderAmount });
    return { checkout, lead };
  });
}
