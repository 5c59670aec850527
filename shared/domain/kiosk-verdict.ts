/**
 * What a kiosk tells a customer about the code they entered: plain words, the referrer's first
 * name only, and nothing that would help guess codes or learn about other people (no "did you
 * mean", no usage counts, no other customer's history). Pure.
 */
import { describeReward } from './discount';
import { formatMoney } from './money';
import type { Campaign, ReferralCode } from './records';
import type { Rejection, Verdict } from './rules';

export type KioskVerdict =
  | { accepted: true; headline: string; referredBy: string; offer: string; conditions: string[] }
  /** `counts`: a wrong attempt toward the kiosk's limit */
  | { accepted: false; headline: string; counts: boolean };

export const NOT_FOUND = 'We couldn’t find that code. Check it and try again.';

/** The first word of the referrer's name: all a kiosk may show of them. */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? '';
}

/** A code not in the store, or typed with a mistake: the same words either way. */
export function notFound(): KioskVerdict {
  return { accepted: false, headline: NOT_FOUND, counts: true };
}

export function kioskVerdict(verdict: Verdict, code: ReferralCode, campaign: Campaign, referrerName: string): KioskVerdict {
  if (!verdict.accepted) return { accepted: false, headline: refusal(verdict.reasons[0]), counts: true };
  const conditions: string[] = [];
  if (code.rules.minimumOrder !== null) conditions.push(`For orders of ${formatMoney(code.rules.minimumOrder, campaign.currency)} or more.`);
  if (code.rules.firstTimeOnly) conditions.push('For your first order with us.');
  conditions.push('Staff confirm the discount when you pay.');
  return {
    accepted: true,
    headline: 'Your code works!',
    referredBy: `Referred by ${firstName(referrerName)}`,
    offer: `${describeReward(campaign.reward, campaign.currency)} ${code.rules.firstTimeOnly ? 'your first order' : 'your order'}`,
    conditions,
  };
}

function refusal(reason: Rejection | undefined): string {
  switch (reason?.kind) {
    case 'expired':
      return 'This code has expired.';
    case 'deactivated':
      return 'This code is no longer active.';
    case 'limit_reached':
      return 'This code has already been used as often as it allows.';
    case 'wrong_campaign':
      return 'This code isn’t valid here.';
    default:
      // unknown code, or a rule the kiosk cannot judge for a customer (order, history): no detail
      return NOT_FOUND;
  }
}
