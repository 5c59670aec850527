import { uuidv7 } from 'uuidv7';
import type { Lead } from '../../../../shared/domain/records';
import { judgeRedemption } from '../../../../shared/domain/rules';
import { newOutboxEntry } from '../../../../shared/sync/outbox-entry';
import type { PosDb } from '../pos-db';
import { appendAuditAs } from './audit-repo';
import { findKnownCustomer } from './customer-history';
import { saveCustomer, type LeadDetails, type RecordingContext } from './lead-capture';

export const KIOSK_PENDING_REASON = 'Checked in at the kiosk; waiting for the sale at the counter.';

/** The code stopped working between the verdict and the details; nothing was written. */
export class CheckInRefusedError extends Error {
  constructor() {
    super('This code can no longer be used. Please ask a member of staff.');
    this.name = 'CheckInRefusedError';
  }
}

export interface KioskCheckIn {
  code: string;
  campaignId: string;
  details: LeadDetails;
  consentGiven: boolean;
}

/**
 * A customer checked in at the kiosk: their lead (pending, source kiosk) and, when new, their
 * customer record, queued for Stripe, in one transaction. The sale itself is rung up at the counter
 * (`recordRedemption` with this lead's id), where the order amount and the first-time rule are judged.
 */
export async function checkInAtKiosk(db: PosDb, checkIn: KioskCheckIn, ctx: RecordingContext): Promise<Lead> {
  if (!checkIn.consentGiven) throw new Error('Consent is required before details are saved.');
  return db.transaction('rw', [db.codes, db.campaigns, db.customers, db.leads, db.outbox, db.audit], async () => {
    const code = await db.codes.get(checkIn.code);
    const [codeCampaign, activeCampaign] = await db.campaigns.bulkGet([code?.campaignId ?? '', checkIn.campaignId]);
    if (!code || !activeCampaign) throw new CheckInRefusedError();
    const verdict = judgeRedemption({ code, codeCampaign, activeCampaign, orderAmount: null, customer: 'unknown', now: ctx.now });
    if (!verdict.accepted) throw new CheckInRefusedError();
    const known = await findKnownCustomer(db, checkIn.details);
    const customer = await saveCustomer(db, known, checkIn.details, ctx.now, false);
    // a new customer goes to Stripe now: the sale rung up later depends on it (queueSale)
    if (!known) await db.outbox.add(newOutboxEntry(uuidv7(), 'customer.create', customer.id, [], ctx.now));
    const lead: Lead = {
      id: uuidv7(),
      campaignId: code.campaignId,
      referrerId: code.referrerId,
      code: code.code,
      customerId: customer.id,
      name: checkIn.details.name,
      email: checkIn.details.email,
      phone: checkIn.details.phone,
      consent: { method: 'checkbox', at: ctx.now },
      status: 'pending',
      statusReason: KIOSK_PENDING_REASON,
      source: 'kiosk',
      note: null,
      createdAt: ctx.now,
      deviceId: ctx.deviceId,
    };
    await db.leads.add(lead);
    await appendAuditAs(db, ctx, 'kiosk.checked_in', { leadId: lead.id, code: code.code });
    return lead;
  });
}

/** Kiosk check-ins of the last `sinceMs` not rung up yet, newest first. */
export async function waitingCheckIns(db: PosDb, now: number, sinceMs = 12 * 3_600_000): Promise<Lead[]> {
  const recent = await db.leads.filter((l) => l.source === 'kiosk' && l.createdAt >= now - sinceMs && l.statusReason === KIOSK_PENDING_REASON).toArray();
  const rungUp = new Set((await db.redemptions.where('leadId').anyOf(recent.map((l) => l.id)).toArray()).map((r) => r.leadId));
  return recent.filter((l) => !rungUp.has(l.id)).sort((a, b) => b.createdAt - a.createdAt);
}
