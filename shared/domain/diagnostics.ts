/**
 * "Why was this lead not qualified?", "Why does this code not work?", "Why has this referrer no
 * code?": the article's troubleshooting checklist walked against the real state, item by item.
 * Pure: the caller gathers a snapshot of the records; nothing here reads a store or the network.
 */
import { displayCode } from './code-format';
import {
  codeInStripeCheck,
  fail,
  LINK,
  pass,
  qualifyOnUseCheck,
  refusalText,
  stripeConnectedCheck,
  SYNC_FIX,
  unknown,
  unresolvedConflict,
  type CheckItem,
  type StripeConnection,
  type SyncTrail,
} from './diagnostic-checks';
import type { Campaign, Lead, Redemption, ReferralCode, Referrer } from './records';
import { codeRulesAtUseCheck, codeRulesNowCheck } from './diagnostic-rules';

export type { CheckItem, CheckStatus, Fix, FixLink, StripeConnection, SyncTrail } from './diagnostic-checks';

export interface LeadSnapshot {
  stripe: StripeConnection;
  lead: Lead;
  /** the lead's campaign */
  campaign: Campaign | undefined;
  /** the code the lead came with, as stored now */
  code: ReferralCode | undefined;
  codeCampaign: Campaign | undefined;
  /** every sale recorded with the lead's code (the limit as it stood at the time of use) */
  codeRedemptions: readonly Redemption[];
  /** every sale of the lead's customer (the first-time rule as it stood) */
  customerRedemptions: readonly Redemption[];
  sync: SyncTrail;
}

/** The lead's sale: the one not voided if any, else the latest. */
export function saleOfLead(lead: Lead, redemptions: readonly Redemption[]): Redemption | undefined {
  const own = redemptions.filter((r) => r.leadId === lead.id).sort((a, b) => b.createdAt - a.createdAt);
  return own.find((r) => r.status !== 'voided') ?? own[0];
}

export function diagnoseLead(s: LeadSnapshot): CheckItem[] {
  const sale = saleOfLead(s.lead, s.codeRedemptions);
  return [
    stripeConnectedCheck(s.stripe),
    qualifyOnUseCheck(s.campaign),
    codeOfCampaignCheck('The code used at checkout was generated for this campaign.', s.lead.code, s.code, s.campaign, s.codeCampaign),
    codeRulesAtUseCheck(s, sale),
    salePaidCheck(sale),
    saleInStripeCheck(sale, s.sync),
  ];
}

export interface CodeSnapshot {
  stripe: StripeConnection;
  code: ReferralCode;
  /** the campaign the counter works in */
  campaign: Campaign | undefined;
  codeCampaign: Campaign | undefined;
  sync: SyncTrail;
  now: number;
}

export function diagnoseCode(s: CodeSnapshot): CheckItem[] {
  return [
    stripeConnectedCheck(s.stripe),
    qualifyOnUseCheck(s.codeCampaign),
    codeOfCampaignCheck('The code was generated for this campaign.', s.code.code, s.code, s.campaign, s.codeCampaign),
    codeActiveCheck(s.code),
    codeRulesNowCheck(s.code, s.codeCampaign, s.now),
    codeInStripeCheck(s.code, s.sync),
  ];
}

export interface ReferrerSnapshot {
  stripe: StripeConnection;
  referrer: Referrer;
  campaign: Campaign | undefined;
  /** the referrer's codes */
  codes: readonly ReferralCode[];
  sync: SyncTrail;
}

/** "Why has this referrer no code?": generation on add off, never generated, generation failed, sync pending. */
export function diagnoseReferrer(s: ReferrerSnapshot): CheckItem[] {
  const latest = [...s.codes].sort((a, b) => b.createdAt - a.createdAt)[0];
  const inStripe = latest
    ? codeInStripeCheck(latest, s.sync)
    : unknown('code_in_stripe', 'The referral code reached Stripe as a promotion code.', 'There is no code to send.');
  return [stripeConnectedCheck(s.stripe), referrerActiveCheck(s.referrer), generateOnAddCheck(s.campaign, latest), codeGeneratedCheck(latest), inStripe];
}

function codeOfCampaignCheck(label: string, typed: string, code: ReferralCode | undefined, campaign: Campaign | undefined, codeCampaign: Campaign | undefined): CheckItem {
  const id = 'code_of_campaign';
  if (!code) {
    return fail(id, label, `${typed} is not a referral code generated for any campaign on this device.`, {
      text: 'Only codes generated for the campaign qualify leads; qualify this lead by hand if the referrer should be rewarded.',
      link: null,
    });
  }
  const shown = displayCode(code.code, code.kind);
  if (!campaign) return unknown(id, label, 'The campaign is not on this device.');
  if (code.campaignId === campaign.id) return pass(id, label, `${shown} belongs to “${campaign.name}”.`);
  const other = codeCampaign ? `“${codeCampaign.name}”` : 'another campaign';
  return fail(id, label, `${shown} belongs to ${other}, not to “${campaign.name}”.`, {
    text: `You must be working inside the correct campaign: switch to ${other} with the Campaign selector at the top, or give the customer a code of “${campaign.name}”.`,
    link: LINK.campaigns,
  });
}

function codeActiveCheck(code: ReferralCode): CheckItem {
  const label = 'The referral code is active.';
  if (code.active) return pass('code_active', label, `${displayCode(code.code, code.kind)} is active.`);
  return fail('code_active', label, `${displayCode(code.code, code.kind)} has been deactivated.`, {
    text: 'A deactivated code stays so; give the referrer a new code under Referrers (Generate in the Referral Code column).',
    link: null,
  });
}

function salePaidCheck(sale: Redemption | undefined): CheckItem {
  const label = 'The sale with the referral code was paid.';
  if (!sale) return unknown('sale_paid', label, 'No sale with this lead is recorded on this device.');
  switch (sale.status) {
    case 'paid':
    case 'partially_refunded':
      return pass('sale_paid', label, sale.status === 'paid' ? 'The sale was paid.' : 'The sale was paid, then partly refunded.');
    case 'awaiting_payment':
      return fail('sale_paid', label, 'The sale is awaiting payment: a lead qualifies only once its sale is paid.', {
        text: 'Take the payment: open the sale from Recent redemptions at the counter and choose card, cash or pay later.',
        link: LINK.counter,
      });
    case 'refunded':
      return fail('sale_paid', label, 'The sale was refunded in full, which took the qualification back.', null);
    case 'voided':
      return fail('sale_paid', label, 'The sale was voided, which took the qualification back.', null);
  }
}

function saleInStripeCheck(sale: Redemption | undefined, trail: SyncTrail): CheckItem {
  const label = 'The redemption reached Stripe.';
  if (!sale) return unknown('sale_in_stripe', label, 'No sale with this lead is recorded on this device.');
  const conflict = unresolvedConflict(trail, sale.id);
  if (conflict) {
    return fail('sale_in_stripe', label, `Stripe refused the sale: ${refusalText(conflict)}.`, {
      text: 'Open Sync status and decide: keep the discount without the code, void the sale, or send it again.',
      link: LINK.sync,
    });
  }
  if (sale.manualDiscount && sale.stripeInvoiceId) {
    return fail('sale_in_stripe', label, `The sale reached Stripe (invoice ${sale.stripeInvoiceId}) without the code: a manager kept the discount after Stripe refused it, so Stripe counted no redemption.`, null);
  }
  if (sale.stripeInvoiceId) return pass('sale_in_stripe', label, `Stripe recorded the sale on invoice ${sale.stripeInvoiceId}.`);
  const entry = trail.entries.find((e) => e.recordId === sale.id && e.kind === 'sale.record');
  if (entry?.state === 'pending') {
    const last = entry.lastFailure ? ` The last attempt failed: “${entry.lastFailure.stripe?.message ?? entry.lastFailure.message}”.` : '';
    return fail('sale_in_stripe', label, `Sync pending: the sale waits to be sent to Stripe (${entry.attempts} ${entry.attempts === 1 ? 'attempt' : 'attempts'} so far).${last}`, SYNC_FIX);
  }
  if (entry?.state === 'cancelled') return fail('sale_in_stripe', label, 'Sending the sale to Stripe was cancelled (it was voided first).', null);
  return unknown('sale_in_stripe', label, 'No record on this device says whether the sale reached Stripe.', SYNC_FIX);
}

function referrerActiveCheck(referrer: Referrer): CheckItem {
  const label = 'The referrer is active.';
  if (referrer.active) return pass('referrer_active', label, `${referrer.name} is active.`);
  return fail('referrer_active', label, `${referrer.name} has been deactivated: their codes stop working.`, { text: 'Reactivate the referrer under Referrers if they should refer again.', link: null });
}

function generateOnAddCheck(campaign: Campaign | undefined, latest: ReferralCode | undefined): CheckItem {
  const label = 'Generate referral code is turned on when referrers are added.';
  if (!campaign) return unknown('generate_on_add', label, 'The referrer’s campaign is not on this device.');
  if (campaign.generateCodeOnAdd) return pass('generate_on_add', label, `“${campaign.name}” generates a code for every referrer added.`);
  if (latest) return pass('generate_on_add', label, `Off for “${campaign.name}”, but this referrer’s code was generated by hand.`);
  return fail('generate_on_add', label, `Generation on add is off for “${campaign.name}”: new referrers get no code until someone generates one.`, {
    text: `Turn on “Generate referral code” for new referrers in “${campaign.name}” under Campaigns.`,
    link: LINK.campaigns,
  });
}

function codeGeneratedCheck(latest: ReferralCode | undefined): CheckItem {
  const label = 'A referral code was generated for this referrer.';
  if (latest) return pass('code_generated', label, `${displayCode(latest.code, latest.kind)} was generated for this referrer.`);
  return fail('code_generated', label, 'No referral code was ever generated for this referrer.', {
    text: 'Go to Referrers and click Generate in the Referral Code column for that referrer.',
    link: null,
  });
}
