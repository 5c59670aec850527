/**
 * When a lead counts as qualified (the referrer earns the reward). With "qualify when referral code
 * is used" on, a paid sale qualifies it; otherwise it waits for a manager or a campaign rule. A sale
 * refunded in full or voided takes the qualification back. The reason is always kept for display.
 */
import type { Campaign, Lead, LeadStatus } from './records';

export interface LeadState {
  status: LeadStatus;
  statusReason: string;
}

export const NEW_LEAD: LeadState = { status: 'pending', statusReason: 'Sale recorded; waiting for payment.' };

export function afterPayment(lead: LeadState, campaign: Pick<Campaign, 'qualifyWhenCodeUsed'>): LeadState {
  if (lead.status === 'disqualified') return lead;
  if (campaign.qualifyWhenCodeUsed) return { status: 'qualified', statusReason: 'The sale with the referral code was paid.' };
  return { status: 'pending', statusReason: 'Paid; waiting for a manager to qualify (the campaign does not qualify on use).' };
}

export function afterPayLater(lead: LeadState): LeadState {
  return lead.status === 'pending' ? { status: 'pending', statusReason: 'Recorded to pay later; qualifies once paid.' } : lead;
}

export function afterSaleUndone(how: 'refunded' | 'voided'): LeadState {
  return { status: 'disqualified', statusReason: how === 'refunded' ? 'The sale was refunded in full.' : 'The sale was voided.' };
}

/** The lead as a screen shows it. */
export function describeLead(lead: Pick<Lead, 'status' | 'statusReason'>): string {
  const label = { pending: 'Pending', qualified: 'Qualified', disqualified: 'Disqualified' }[lead.status];
  return `${label}: ${lead.statusReason}`;
}
