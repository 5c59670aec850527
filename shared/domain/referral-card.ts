/**
 * What a printed referral code card says: who refers, the code as printed (grouped, from the
 * look-alike-free alphabet it was generated in), the link its QR code carries, the offer and the
 * rules a customer must know, and a short serial that names the print batch. Pure.
 */
import { displayCode } from './code-format';
import { describeReward } from './discount';
import { formatMoney } from './money';
import type { Campaign, ReferralCode, Referrer } from './records';

const CODE_PLACEHOLDER = '{code}';

export interface ReferralCard {
  /** batch and position, e.g. "B7-0042" */
  serial: string;
  referrerName: string;
  /** as printed, e.g. "K7QM-X4PD-R" */
  code: string;
  /** what the QR code carries: the campaign's referral link with the code, or the bare code without a link */
  qrText: string;
  /** the link printed under the QR, null when the campaign has none */
  link: string | null;
  /** e.g. "10% off your first order" */
  offer: string;
  /** e.g. ["Minimum order $20.00", "Valid until 31 Dec 2026"] */
  rules: string[];
}

export interface CardInput {
  campaign: Pick<Campaign, 'reward' | 'currency' | 'linkTemplate'>;
  referrer: Pick<Referrer, 'name'>;
  code: Pick<ReferralCode, 'code' | 'kind' | 'rules'>;
  batchNumber: number;
  /** 1-based position in the batch */
  position: number;
  timeZone?: string;
}

export function referralCard(input: CardInput): ReferralCard {
  const { campaign, code } = input;
  const link = referralLinkFor(campaign.linkTemplate, code.code);
  return {
    serial: cardSerial(input.batchNumber, input.position),
    referrerName: input.referrer.name,
    code: displayCode(code.code, code.kind),
    qrText: link ?? code.code,
    link,
    offer: `${describeReward(campaign.reward, campaign.currency)} your ${code.rules.firstTimeOnly ? 'first order' : 'order'}`,
    rules: cardRules(code.rules, campaign.currency, input.timeZone),
  };
}

/** The campaign's link with the code in place of `{code}` (the code is URL-safe: A–Z and 0–9). */
export function referralLinkFor(template: string | null, canonicalCode: string): string | null {
  if (template === null || !template.includes(CODE_PLACEHOLDER)) return null;
  return template.replace(CODE_PLACEHOLDER, encodeURIComponent(canonicalCode));
}

/** "B7-0042": short enough to read out, unique within the device's batches. */
export function cardSerial(batchNumber: number, position: number): string {
  return `B${batchNumber}-${String(position).padStart(4, '0')}`;
}

function cardRules(rules: ReferralCode['rules'], currency: string, timeZone: string | undefined): string[] {
  const lines: string[] = [];
  if (rules.minimumOrder !== null) lines.push(`Minimum order ${formatMoney(rules.minimumOrder, currency)}`);
  if (rules.expiresAt !== null) lines.push(`Valid until ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(rules.expiresAt)}`);
  if (rules.maxRedemptions === 1) lines.push('One use only');
  return lines;
}
