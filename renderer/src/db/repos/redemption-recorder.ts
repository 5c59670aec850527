import { uuidv7 } from 'uuidv7';
import type { ConsentMethod, Customer, Lead, LeadSource, Redemption, ReferralCode } from '../../../../shared/domain/records';
import { NEW_LEAD } from '../../../../shared/domain/qualification';
import { judgeRedemption, type Rejection } from '../../../../shared/domain/rules';
import type { PosDb } from '../pos-db';
import { findKnownCustomer, historyOf } from './customer-history';
import { queueSale } from './outbox-queue';

export interface LeadDetails {
  name: string;
  email: string | null;
  phone: string | null;
  emailKey: string | null;
  phoneKey: string | null;
}

export interface RedemptionDraft {
  code: string;
  activeCampaignId: string;
  orderAmount: number;
  lead: LeadDetails;
  consentGiven: boolean;
  /** where the lead is captured (default: the counter); kiosk and phone record through here too */
  source?: LeadSource;
  /** how consent was given (default: the checkbox); a phone rep records it as verbal */
  consentMethod?: ConsentMethod;
  note?: string | null;
  /** a lead already captured for this code (a kiosk check-in): the sale is rung up for it instead of a new lead */
  leadId?: string | null;
}

export interface RecordingContext {
  now: number;
  deviceId: string;
  online: boolean;
  actor: string;
}

export interface RecordedRedemption {
  redemption: Redemption;
  lead: Lead;
}

/** The rules said no when the sale was about to be written; nothing was written. */
export class RedemptionRefusedError extends Error {
  constructor(readonly reasons: Rejection[]) {
    super('The referral code cannot be redeemed.');
    this.name = 'RedemptionRefusedError';
  }
}

export class ConsentMissingError extends Error {
  constructor() {
    super('The customer has not given consent to be contacted.');
    this.name = 'ConsentMissingError';
  }
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
    const code = await db.codes.get(draft.code);
    const [codeCampaign, activeCampaign] = await db.campaigns.bulkGet([code?.campaignId ?? '', draft.activeCampaignId]);
    if (!activeCampaign) throw new Error(`The campaign ${draft.activeCampaignId} no longer exists.`);
    const known = await findKnownCustomer(db, draft.lead);
    const verdict = judgeRedemption({
      code,
      codeCampaign,
      activeCampaign,
      orderAmount: draft.orderAmount,
      customer: historyOf(known, draft.lead),
      now: ctx.now,
    });
    if (!verdict.accepted || !code) throw new RedemptionRefusedError(verdict.accepted ? [{ kind: 'unknown_code' }] : verdict.reasons);

    const customer = await saveCustomer(db, known, draft.lead, ctx.now);
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
    await db.audit.add({
      id: uuidv7(),
      at: ctx.now,
      actor: ctx.actor,
      deviceId: ctx.deviceId,
      online: ctx.online,
      action: 'redemption.recorded',
      details: { code: code.code, redemptionId: redemption.id, orderAmount: draft.orderAmount, discountAmount: redemption.discountAmount },
    });
    return { redemption, lead };
  });
}

async function saveCustomer(db: PosDb, known: Customer | undefined, lead: LeadDetails, now: number): Promise<Customer> {
  if (known) {
    const updated = { ...known, orderCount: known.orderCount + 1 };
    await db.customers.put(updated);
    return updated;
  }
  const customer: Customer = {
    id: uuidv7(),
    name: lead.name,
    email: lead.email,
    phone: lead.phone,
    emailKey: lead.emailKey,
    phoneKey: lead.phoneKey,
    orderCount: 1,
    stripeCustomerId: null,
    isDemo: false,
    createdAt: now,
  };
  await db.customers.add(customer);
  return customer;
}

function newLead(draft: RedemptionDraft, code: ReferralCode, customerId: string, ctx: RecordingContext): Lead {
  return {
    id: uuidv7(),
    campaignId: code.campaignId,
    referrerId: code.referrerId,
    code: code.code,
    customerId,
    name: draft.lead.name,
    email: draft.lead.email,
    phone: draft.lead.phone,
    consent: { method: draft.consentMethod ?? 'checkbox', at: ctx.now },
    ...NEW_LEAD,
    source: draft.source ?? 'counter',
    note: draft.note ?? null,
    createdAt: ctx.now,
    deviceId: ctx.deviceId,
  };
}
