import { uuidv7 } from 'uuidv7';
import { NEW_LEAD } from '../../../../shared/domain/qualification';
import type { Campaign, ConsentMethod, Customer, Lead, LeadSource, ReferralCode } from '../../../../shared/domain/records';
import { judgeRedemption, type Rejection, type Verdict } from '../../../../shared/domain/rules';
import type { PosDb } from '../pos-db';
import { findKnownCustomer, historyOf } from './customer-history';

/*
 * Capturing a referred customer as a lead, shared by every way an order is taken (counter sale,
 * phone sale, phone payment link). Runs inside the caller's transaction.
 */

export interface LeadDetails {
  name: string;
  email: string | null;
  phone: string | null;
  emailKey: string | null;
  phoneKey: string | null;
}

export interface LeadCaptureDraft {
  code: string;
  activeCampaignId: string;
  orderAmount: number;
  lead: LeadDetails;
  consentGiven: boolean;
  /** where the lead is captured (default: the counter) */
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

/** The rules said no when the order was about to be written; nothing was written. */
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

export interface JudgedOrder {
  code: ReferralCode;
  codeCampaign: Campaign | undefined;
  activeCampaign: Campaign;
  known: Customer | undefined;
  verdict: Verdict & { accepted: true };
}

/**
 * Judges the code again with what is stored now (inside the caller's transaction, so that two
 * quick orders cannot both spend the last use). Throws RedemptionRefusedError when it is refused.
 */
export async function judgeOrder(db: PosDb, draft: LeadCaptureDraft, now: number): Promise<JudgedOrder> {
  const code = await db.codes.get(draft.code);
  const [codeCampaign, activeCampaign] = await db.campaigns.bulkGet([code?.campaignId ?? '', draft.activeCampaignId]);
  if (!activeCampaign) throw new Error(`The campaign ${draft.activeCampaignId} no longer exists.`);
  const known = await findKnownCustomer(db, draft.lead);
  const verdict = judgeRedemption({ code, codeCampaign, activeCampaign, orderAmount: draft.orderAmount, customer: historyOf(known, draft.lead), now });
  if (!verdict.accepted || !code) throw new RedemptionRefusedError(verdict.accepted ? [{ kind: 'unknown_code' }] : verdict.reasons);
  return { code, codeCampaign, activeCampaign, known, verdict };
}

/**
 * The known customer (with one more order when `countsAsOrder`) or a new one. A payment link not
 * yet paid is not an order: the customer stays first-time until it is.
 */
export async function saveCustomer(db: PosDb, known: Customer | undefined, lead: LeadDetails, now: number, countsAsOrder: boolean): Promise<Customer> {
  const orders = countsAsOrder ? 1 : 0;
  if (known) {
    const updated = { ...known, orderCount: known.orderCount + orders };
    if (orders > 0) await db.customers.put(updated);
    return updated;
  }
  const customer: Customer = {
    id: uuidv7(),
    name: lead.name,
    email: lead.email,
    phone: lead.phone,
    emailKey: lead.emailKey,
    phoneKey: lead.phoneKey,
    orderCount: orders,
    stripeCustomerId: null,
    isDemo: false,
    createdAt: now,
  };
  await db.customers.add(customer);
  return customer;
}

export function newLead(draft: LeadCaptureDraft, code: ReferralCode, customerId: string, ctx: RecordingContext): Lead {
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
