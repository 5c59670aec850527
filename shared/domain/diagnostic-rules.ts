/**
 * "The referral code meets the predefined Stripe rules": the counter's own verdict rules
 * (rules.ts) run again, either as things stood when the sale was recorded or as they stand now.
 */
import { fail, LINK, pass, unknown, type CheckItem } from './diagnostic-checks';
import type { Campaign, Lead, Redemption, ReferralCode } from './records';
import { describeRejection, judgeRedemption, type CustomerHistory, type Rejection } from './rules';

const RULE_KINDS = new Set<Rejection['kind']>(['expired', 'limit_reached', 'below_minimum', 'not_first_time']);

const RULES_FIX = {
  text: 'The code could not be used for this sale, so the lead cannot qualify through it. Review the code rules (first-time order only, redemption limit, expiration date, minimum order value) under Campaigns, or qualify the lead by hand.',
  link: LINK.campaigns,
} as const;

/** A use counts against the limit unless the sale was voided or kept its discount without the code. */
function countsAsUse(r: Redemption): boolean {
  return r.status !== 'voided' && !r.manualDiscount;
}

/**
 * Uses of the code before `sale`: today's count (Stripe's plus unsynced) less the uses recorded
 * here at or after the sale. Other devices' later uses are in Stripe's count too, so this may
 * overstate the count at the time; it never understates it.
 */
export function usesBefore(code: ReferralCode, sale: Redemption, codeRedemptions: readonly Redemption[]): number {
  const since = codeRedemptions.filter((r) => r.code === code.code && countsAsUse(r) && r.createdAt >= sale.createdAt && r.id !== sale.id).length;
  const own = countsAsUse(sale) ? 1 : 0;
  return Math.max(0, code.timesRedeemed + code.pendingRedemptions - since - own);
}

/** The customer had bought before this sale if an earlier sale of theirs was not voided. */
export function historyAtUse(sale: Redemption, customerRedemptions: readonly Redemption[]): CustomerHistory {
  const earlier = customerRedemptions.some((r) => r.id !== sale.id && r.customerId === sale.customerId && r.status !== 'voided' && r.createdAt < sale.createdAt);
  return earlier ? 'returning' : 'first_time';
}

interface AtUseSnapshot {
  lead: Lead;
  code: ReferralCode | undefined;
  codeCampaign: Campaign | undefined;
  campaign: Campaign | undefined;
  codeRedemptions: readonly Redemption[];
  customerRedemptions: readonly Redemption[];
}

export function codeRulesAtUseCheck(s: AtUseSnapshot, sale: Redemption | undefined): CheckItem {
  const label = 'The referral code met the predefined Stripe rules (first-time order only, redemption limit, expiration date, minimum order value) at the time of use.';
  const id = 'code_rules_at_use';
  if (!s.code) return unknown(id, label, 'The code is not on this device, so its rules are unknown.');
  if (!sale) return unknown(id, label, 'No sale with this lead is recorded on this device, so there is no time of use to check.');
  const campaign = s.codeCampaign ?? s.campaign;
  if (!campaign) return unknown(id, label, 'The code’s campaign is not on this device.');
  const asThen: ReferralCode = { ...s.code, active: true, timesRedeemed: usesBefore(s.code, sale, s.codeRedemptions), pendingRedemptions: 0 };
  const verdict = judgeRedemption({
    code: asThen,
    codeCampaign: campaign,
    activeCampaign: campaign,
    orderAmount: sale.orderAmount,
    customer: historyAtUse(sale, s.customerRedemptions),
    now: sale.createdAt,
  });
  const reasons = verdict.accepted ? [] : verdict.reasons.filter((r) => RULE_KINDS.has(r.kind));
  if (reasons.length === 0) return pass(id, label, 'At the time of the sale the code was within its expiry and limit, the order met the minimum, and the first-time rule held.');
  return fail(id, label, `At the time of the sale: ${reasons.map(describeAtUse).join(' ')}`, RULES_FIX);
}

function describeAtUse(r: Rejection): string {
  if (r.kind === 'limit_reached') return `The code had already been used ${r.used} of ${r.limit} ${r.limit === 1 ? 'time' : 'times'}.`;
  return describeRejection(r);
}

/** For a code on its own: could it be redeemed today (expiry and limit; order and customer come later)? */
export function codeRulesNowCheck(code: ReferralCode, codeCampaign: Campaign | undefined, now: number): CheckItem {
  const label = 'The referral code meets its expiration date and redemption limit today.';
  if (!codeCampaign) return unknown('code_rules_now', label, 'The code’s campaign is not on this device.');
  const verdict = judgeRedemption({ code: { ...code, active: true }, codeCampaign, activeCampaign: codeCampaign, orderAmount: null, customer: 'unknown', now });
  const reasons = verdict.accepted ? [] : verdict.reasons.filter((r) => r.kind === 'expired' || r.kind === 'limit_reached');
  if (reasons.length === 0) return pass('code_rules_now', label, 'Within its expiry date and redemption limit.');
  return fail('code_rules_now', label, reasons.map((r) => describeRejection(r)).join(' '), {
    text: 'Give the referrer a new code, or change the campaign’s default rules for new codes under Campaigns.',
    link: LINK.campaigns,
  });
}
