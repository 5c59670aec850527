/**
 * The verdict at the counter on redeeming a referral code: the same rules Stripe applies to the
 * promotion code when the redemption syncs, judged from what this device knows.
 */
import type { Campaign, ReferralCode } from './records';
import { discountFor } from './discount';
import { formatMoney } from './money';

/** 'unknown': no email or phone entered yet, so the first-time rule cannot run. */
export type CustomerHistory = 'first_time' | 'returning' | 'unknown';

export interface RedemptionContext {
  /** undefined: no such code in the store */
  code: ReferralCode | undefined;
  /** the campaign the code belongs to */
  codeCampaign: Campaign | undefined;
  /** the campaign the counter works in */
  activeCampaign: Campaign;
  /** minor units of activeCampaign.currency; null: not entered yet */
  orderAmount: number | null;
  customer: CustomerHistory;
  /** epoch ms */
  now: number;
}

export type Rejection =
  | { kind: 'unknown_code' }
  | { kind: 'deactivated' }
  | { kind: 'wrong_campaign'; campaignName: string }
  | { kind: 'expired'; expiredAt: number }
  /** used = timesRedeemed + pendingRedemptions */
  | { kind: 'limit_reached'; used: number; limit: number }
  | { kind: 'below_minimum'; minimum: number; currency: string }
  | { kind: 'not_first_time' };

/** A check that could not run yet for lack of input. */
export type PendingCheck = 'order_amount' | 'customer';

export type Verdict =
  | { accepted: true; discount: number | null; usesLeft: number | null; pending: PendingCheck[] }
  | { accepted: false; reasons: Rejection[] };

export interface DescribeOptions {
  /** default: 'en-GB' for dates ("31 Dec 2026"), 'en-US' for money ("$20.00") */
  locale?: string;
  /** default: the device's zone */
  timeZone?: string;
}

/** Campaign name reported when the code's campaign is not in the store. */
export const UNKNOWN_CAMPAIGN_NAME = 'another campaign';

/**
 * Judges a redemption. An unknown code gets only `unknown_code`; otherwise every failing rule is
 * reported, in a fixed order: deactivated, wrong_campaign, expired, limit_reached, below_minimum,
 * not_first_time. Unsynced redemptions count against the limit, so two sales offline cannot both
 * take the last use. The minimum is compared with the order before discount.
 * Accepted verdicts carry the discount (null until the amount is known), the uses left after
 * counting unsynced ones (null: unlimited) and the checks still waiting for input.
 */
export function judgeRedemption(ctx: RedemptionContext): Verdict {
  const { code, activeCampaign, orderAmount } = ctx;
  if (!code) return { accepted: false, reasons: [{ kind: 'unknown_code' }] };
  const reasons = rejections(ctx, code);
  if (reasons.length > 0) return { accepted: false, reasons };
  const { maxRedemptions, firstTimeOnly } = code.rules;
  const pending: PendingCheck[] = [];
  if (orderAmount === null) pending.push('order_amount');
  if (firstTimeOnly && ctx.customer === 'unknown') pending.push('customer');
  return {
    accepted: true,
    discount: orderAmount === null ? null : discountFor(activeCampaign.reward, orderAmount),
    usesLeft: maxRedemptions === null ? null : maxRedemptions - usedCount(code),
    pending,
  };
}

function usedCount(code: ReferralCode): number {
  return code.timesRedeemed + code.pendingRedemptions;
}

function rejections(ctx: RedemptionContext, code: ReferralCode): Rejection[] {
  const { activeCampaign, codeCampaign, orderAmount, now } = ctx;
  const { expiresAt, maxRedemptions, minimumOrder, firstTimeOnly } = code.rules;
  const reasons: Rejection[] = [];
  if (!code.active) reasons.push({ kind: 'deactivated' });
  if (code.campaignId !== activeCampaign.id) {
    reasons.push({ kind: 'wrong_campaign', campaignName: codeCampaign?.name ?? UNKNOWN_CAMPAIGN_NAME });
  }
  // Stripe's expires_at is the moment the code stops working.
  if (expiresAt !== null && now >= expiresAt) reasons.push({ kind: 'expired', expiredAt: expiresAt });
  const used = usedCount(code);
  if (maxRedemptions !== null && used >= maxRedemptions) {
    reasons.push({ kind: 'limit_reached', used, limit: maxRedemptions });
  }
  // The minimum is in the code's campaign currency; an order in another currency is not comparable
  // (and that code is already refused as wrong_campaign).
  const minimumCurrency = codeCampaign?.currency ?? activeCampaign.currency;
  if (orderAmount !== null && minimumOrder !== null && minimumCurrency === activeCampaign.currency && orderAmount < minimumOrder) {
    reasons.push({ kind: 'below_minimum', minimum: minimumOrder, currency: minimumCurrency });
  }
  if (firstTimeOnly && ctx.customer === 'returning') reasons.push({ kind: 'not_first_time' });
  return reasons;
}

/** One sentence for the cashier: "Expired on 31 Dec 2026.", "Used 5 of 5 times (…)." */
export function describeRejection(r: Rejection, opts: DescribeOptions = {}): string {
  switch (r.kind) {
    case 'unknown_code':
      return 'Unknown referral code.';
    case 'deactivated':
      return 'This code has been deactivated.';
    case 'wrong_campaign':
      return r.campaignName === UNKNOWN_CAMPAIGN_NAME
        ? 'This code belongs to another campaign, not this one.'
        : `This code belongs to the “${r.campaignName}” campaign, not this one.`;
    case 'expired':
      return `Expired on ${formatDate(r.expiredAt, opts)}.`;
    case 'limit_reached':
      return `Used ${r.used} of ${r.limit} ${r.limit === 1 ? 'time' : 'times'} (including sales not yet synced).`;
    case 'below_minimum':
      return `Order is below the minimum of ${formatMoney(r.minimum, r.currency, opts.locale ?? 'en-US')}.`;
    case 'not_first_time':
      return 'Not a first-time customer: this code is for first orders only.';
  }
}

/**
 * The code's rules and state in short phrases, e.g.
 * ["3 of 5 uses left", "expires 31 Dec 2026", "min. order $20.00", "first order only"] or
 * ["unlimited uses", "no expiry"]; "deactivated" comes first for an inactive code.
 * Uses left count unsynced redemptions.
 */
export function describeCodeState(code: ReferralCode, currency: string, now: number, opts: DescribeOptions = {}): string[] {
  const { maxRedemptions, expiresAt, minimumOrder, firstTimeOnly } = code.rules;
  const state: string[] = [];
  if (!code.active) state.push('deactivated');
  if (maxRedemptions === null) state.push('unlimited uses');
  else {
    const left = Math.max(0, maxRedemptions - usedCount(code));
    state.push(`${left} of ${maxRedemptions} ${maxRedemptions === 1 ? 'use' : 'uses'} left`);
  }
  if (expiresAt === null) state.push('no expiry');
  else state.push(`${now >= expiresAt ? 'expired' : 'expires'} ${formatDate(expiresAt, opts)}`);
  if (minimumOrder !== null) state.push(`min. order ${formatMoney(minimumOrder, currency, opts.locale ?? 'en-US')}`);
  if (firstTimeOnly) state.push('first order only');
  return state;
}

function formatDate(ms: number, opts: DescribeOptions): string {
  return new Intl.DateTimeFormat(opts.locale ?? 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: opts.timeZone,
  }).format(ms);
}
