import { uuidv7 } from 'uuidv7';
import { NEW_LEAD } from '../../../../shared/domain/qualification';
import type { Lead, Redemption } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';
import { appendAuditAs } from './audit-repo';
import { ConsentMissingError, judgeOrder, newLead, saveCustomer, type LeadCaptureDraft, type RecordingContext } from './lead-capture';
import { queueSale } from './outbox-queue';

export { ConsentMissingError, RedemptionRefusedError, type LeadDetails, type RecordingContext } from './lead-capture';

/** A sale with its lead: see LeadCaptureDraft. */
export type RedemptionDraft = LeadCaptureDraft;

export interface RecordedRedemption {
  redemption: Redemption;
  lead: Lead;
}

/**
 * Writes the redemption, its lead, the customer and their outbox entries in one transaction,
 * judging the code again inside it so that two quick sales cannot both spend the last use.
 * The caller confirms to the cashier only after this resolves (the transaction committed).
 */
export async function recordRedemption(db: PosDb, draft: RedemptionDraft, ctx: RecordingContext): Promise<RecordedRedemption> {
  if (!draft.consentGiven) throw new ConsentMissingError();
  const tables = [db.codes, db.campaigns, db.customers, db.leads, db.redemptions, db.outbox, db.audit];
  return db.transaction('rw', tables, async () => {
    const { code, codeCampaign, activeCampaign, known, verdict } = await judgeOrder(db, draft, ctx.now);
    const customer = await saveCustomer(db, known, draft.lead, ctx.now, true);
    const checkedIn = draft.leadId ? await db.leads.get(draft.leadId) : undefined;
    if (draft.leadId && (!checkedIn || checkedIn.code !== code.code)) throw new Error('The checked-in customer is for another code: check the code again.');
    const lead = checkedIn ? { ...checkedIn, customerId: customer.id, statusReason: NEW_LEAD.statusReason } : newLead(draft, code, customer.id, ctx);
    const redemption: Redemption = {
      id: uuidv7(),
      code: code.code,
      campaignId: code.campaignId,
      referrerId: code.referrerId,
      leadId: lead.id,
      customerId: customer.id,
      currency: activeCampaign.currency,
      orderAmount: draft.orderAmount,
      discountAmount: verdict.discount ?? 0,
      status: 'awaiting_payment',
      provisional: code.rules.firstTimeOnly,
      stripeInvoiceId: null,
      manualDiscount: false,
      payment: null,
      hostedInvoiceUrl: null,
      refundedAmount: 0,
      createdAt: ctx.now,
      deviceId: ctx.deviceId,
    };
    await db.leads.put(lead);
    await db.redemptions.add(redemption);
    await db.codes.update(code.code, { pendingRedemptions: code.pendingRedemptions + 1 });
    await queueSale(db, customer, known === undefined, redemption, codeCampaign ?? activeCampaign, ctx.now);
    await appendAuditAs(db, ctx, 'redemption.recorded', { code: code.code, redemptionId: redemption.id, orderAmount: draft.orderAmount, discountAmount: redemption.discountAmount });
    return { redemption, lead };
  });
}
