/**
 * A campaign as a manager types it: the form's text in, a campaign's settings or a list of
 * problems (one per field, in words a manager understands) out. Pure: the caller passes the time;
 * dates are days of the device's local calendar (local-date.ts).
 */
import { validateCodePrefix } from './code-format';
import { STRIPE_CURRENCIES, THREE_DECIMAL_CURRENCIES } from './currencies';
import { formatMoney, parseAmountInput, toDecimalString, currencyExponent } from './money';
import type { Campaign, CodeRules, Reward } from './records';
import { checkLinkTemplate } from './link-template';
import { endOfLocalDay, formatLocalDate, parseLocalDay } from './local-date';

export const MAX_CAMPAIGN_NAME = 100;
/** Kept within a 32-bit integer, which every system that reads Stripe's counts can hold. */
export const MAX_REDEMPTION_LIMIT = 2_147_483_647;

/** The campaign form's fields, as typed. Empty text means "none" where a field is optional. */
export interface CampaignDraft {
  name: string;
  currency: string;
  rewardKind: Reward['kind'];
  /** in the campaign currency, e.g. "10" or "10.00" */
  amountOff: string;
  /** e.g. "10" or "12.5" */
  percentOff: string;
  firstTimeOnly: boolean;
  /** uses per code; empty: unlimited */
  redemptionLimit: string;
  /** YYYY-MM-DD in the device's local calendar (what <input type="date"> gives); empty: never */
  expiryDate: string;
  /** in the campaign currency; empty: no minimum */
  minimumOrder: string;
  /** empty: codes only */
  linkTemplate: string;
  /** empty: no prefix */
  codePrefix: string;
  qualifyWhenCodeUsed: boolean;
  generateCodeOnAdd: boolean;
}

export type CampaignField = keyof CampaignDraft;
export interface FieldError {
  field: CampaignField;
  message: string;
}

/** What a manager decides about a campaign; the id, coupon id and times are the store's business. */
export type CampaignSettings = Pick<
  Campaign,
  'name' | 'currency' | 'reward' | 'defaultRules' | 'codePrefix' | 'qualifyWhenCodeUsed' | 'linkTemplate' | 'generateCodeOnAdd'
>;

export type CampaignCheck = { ok: true; settings: CampaignSettings } | { ok: false; errors: FieldError[] };

export const EMPTY_DRAFT: CampaignDraft = {
  name: '',
  currency: 'USD',
  rewardKind: 'percent_off',
  amountOff: '',
  percentOff: '',
  firstTimeOnly: true,
  redemptionLimit: '',
  expiryDate: '',
  minimumOrder: '',
  linkTemplate: '',
  codePrefix: '',
  qualifyWhenCodeUsed: true,
  generateCodeOnAdd: false,
};

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = (message: string): { ok: false; message: string } => ({ ok: false, message });

/**
 * Checks every field and reports every problem at once. Money fields are read in the campaign
 * currency, so they are checked only once the currency is valid.
 * @param now epoch ms: the expiry date must not be in the past
 * @param otherNames the names of the other campaigns: the switcher must tell them apart
 */
export function validateCampaignDraft(draft: CampaignDraft, now: number, otherNames: readonly string[] = []): CampaignCheck {
  const errors: FieldError[] = [];
  const take = <T>(field: CampaignField, checked: Checked<T>): T | undefined => {
    if (checked.ok) return checked.value;
    errors.push({ field, message: checked.message });
    return undefined;
  };
  const name = take('name', checkName(draft.name, otherNames));
  const currency = take('currency', checkCurrency(draft.currency));
  const reward =
    draft.rewardKind === 'percent_off'
      ? take('percentOff', checkPercentOff(draft.percentOff))
      : currency === undefined
        ? undefined
        : take('amountOff', checkAmountOff(draft.amountOff, currency));
  const maxRedemptions = take('redemptionLimit', checkRedemptionLimit(draft.redemptionLimit));
  const expiresAt = take('expiryDate', checkExpiryDate(draft.expiryDate, now));
  const minimumOrder = currency ? take('minimumOrder', checkMinimumOrder(draft.minimumOrder, currency)) : undefined;
  const link = checkLinkTemplate(draft.linkTemplate);
  const linkTemplate = take('linkTemplate', link.ok ? ok(link.value) : link);
  const codePrefix = take('codePrefix', checkPrefix(draft.codePrefix));
  if (errors.length > 0) return { ok: false, errors };
  const defaultRules: CodeRules = { firstTimeOnly: draft.firstTimeOnly, maxRedemptions: maxRedemptions!, expiresAt: expiresAt!, minimumOrder: minimumOrder! };
  return {
    ok: true,
    settings: {
      name: name!,
      currency: currency!,
      reward: reward!,
      defaultRules,
      codePrefix: codePrefix!,
      qualifyWhenCodeUsed: draft.qualifyWhenCodeUsed,
      linkTemplate: linkTemplate!,
      generateCodeOnAdd: draft.generateCodeOnAdd,
    },
  };
}

/** Trimmed, runs of spaces as one. */
export function cleanCampaignName(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Names the switcher could not tell apart: the same letters, whatever their case. */
export function sameCampaignName(a: string, b: string): boolean {
  return cleanCampaignName(a).toLocaleLowerCase('en-US') === cleanCampaignName(b).toLocaleLowerCase('en-US');
}

function checkName(text: string, otherNames: readonly string[]): Checked<string> {
  const name = cleanCampaignName(text);
  if (name === '') return no('Enter a name for the campaign.');
  if (name.length > MAX_CAMPAIGN_NAME) return no(`The name is too long: ${name.length} characters, the most is ${MAX_CAMPAIGN_NAME}.`);
  const taken = otherNames.find((other) => sameCampaignName(other, name));
  if (taken !== undefined) return no(`Another campaign is already called “${taken}”: choose a name the campaign switcher can tell apart.`);
  return ok(name);
}

export function checkCurrency(text: string): Checked<string> {
  const code = text.trim().toUpperCase();
  if (code === '') return no('Choose the campaign currency (e.g. USD).');
  if (!/^[A-Z]{3}$/.test(code)) return no(`“${text.trim().slice(0, 20)}” is not a currency code: use the three-letter ISO code, e.g. USD or EUR.`);
  if (!STRIPE_CURRENCIES.has(code)) return no(`Stripe does not accept ${code} as a currency: use one of Stripe's currencies, e.g. USD or EUR.`);
  return ok(code);
}

function checkAmountOff(text: string, currency: string): Checked<Reward> {
  const parsed = parseAmountInput(text, currency, 'amount off');
  if (!parsed.ok) return no(parsed.message);
  if (THREE_DECIMAL_CURRENCIES.has(currency) && parsed.amount % 10 !== 0) {
    return no(`Stripe needs ${currency} amounts to end in 0 in their last decimal (e.g. ${formatMoney(parsed.amount - (parsed.amount % 10) + 10, currency)}).`);
  }
  return ok({ kind: 'amount_off', amountOff: parsed.amount });
}

/** 0 < p ≤ 100 with at most two decimals, as basis points (12.5% → 1250). */
function checkPercentOff(text: string): Checked<Reward> {
  const s = text.normalize('NFKC').trim().replace(/\s*%$/, '');
  if (s === '') return no('Enter the percent off, e.g. 10 for 10%.');
  if (/^[-\u2212]/.test(s)) return no('The percent off cannot be negative.');
  const match = /^(\d{0,6})(?:\.(\d+))?$/.exec(s);
  if (!match || !/\d/.test(s)) return no(`“${text.trim().slice(0, 20)}” is not a percentage: use digits, with “.” for decimals (e.g. 12.5).`);
  const [, whole = '', fraction = ''] = match;
  if (Number(whole) > 100 || (Number(whole) === 100 && /[1-9]/.test(fraction))) return no('The percent off cannot be more than 100%.');
  if (fraction.length > 2) return no('The percent off can have at most two decimals (e.g. 12.25).');
  const basisPoints = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (basisPoints === 0) return no('The percent off must be more than 0%.');
  if (basisPoints > 10_000) return no('The percent off cannot be more than 100%.');
  return ok({ kind: 'percent_off', percentOffBasisPoints: basisPoints });
}

function checkRedemptionLimit(text: string): Checked<number | null> {
  const s = text.normalize('NFKC').trim().replace(/,/g, '');
  if (s === '') return ok(null);
  if (!/^\d+$/.test(s)) return no('The redemption limit must be a whole number of uses, e.g. 5 (empty for unlimited).');
  const limit = Number(s);
  if (limit === 0) return no('The redemption limit must be at least 1 (empty for unlimited).');
  if (s.length > 10 || limit > MAX_REDEMPTION_LIMIT) return no(`The redemption limit is too large: the most is ${MAX_REDEMPTION_LIMIT.toLocaleString('en-US')}.`);
  return ok(limit);
}

/**
 * The expiry date is a day in the device's local calendar; codes work through that whole day and
 * stop at 23:59:59 local time (stored as that moment in epoch ms, whole seconds as Stripe keeps it).
 */
function checkExpiryDate(text: string, now: number): Checked<number | null> {
  const s = text.trim();
  if (s === '') return ok(null);
  const date = parseLocalDay(s);
  if (!date) return no(`“${s.slice(0, 20)}” is not a date: pick a day, e.g. ${formatLocalDate(now + 30 * 86_400_000)}.`);
  const expiresAt = endOfLocalDay(date);
  if (expiresAt <= now) return no(`The expiry date ${s} has passed: choose today or a later day (empty for never).`);
  return ok(expiresAt);
}

function checkMinimumOrder(text: string, currency: string): Checked<number | null> {
  if (text.trim() === '') return ok(null);
  const parsed = parseAmountInput(text, currency, 'minimum order');
  return parsed.ok ? ok(parsed.amount) : no(parsed.message);
}

function checkPrefix(text: string): Checked<string | null> {
  if (text.trim() === '') return ok(null);
  const checked = validateCodePrefix(text);
  return checked.ok ? ok(checked.prefix) : no(checked.message);
}

/** The form's text for an existing campaign, for editing. */
export function draftOfCampaign(campaign: CampaignSettings): CampaignDraft {
  const exponent = currencyExponent(campaign.currency);
  // "10", not "10.00": ISK and HUF count hundredths in Stripe but are typed without decimals
  const money = (amount: number | null) => (amount === null ? '' : toDecimalString(amount, exponent).replace(/\.0+$/, ''));
  const { reward, defaultRules: rules } = campaign;
  return {
    name: campaign.name,
    currency: campaign.currency,
    rewardKind: reward.kind,
    amountOff: reward.kind === 'amount_off' ? money(reward.amountOff) : '',
    percentOff: reward.kind === 'percent_off' ? percentText(reward.percentOffBasisPoints) : '',
    firstTimeOnly: rules.firstTimeOnly,
    redemptionLimit: rules.maxRedemptions === null ? '' : String(rules.maxRedemptions),
    expiryDate: rules.expiresAt === null ? '' : formatLocalDate(rules.expiresAt),
    minimumOrder: money(rules.minimumOrder),
    linkTemplate: campaign.linkTemplate ?? '',
    codePrefix: campaign.codePrefix ?? '',
    qualifyWhenCodeUsed: campaign.qualifyWhenCodeUsed,
    generateCodeOnAdd: campaign.generateCodeOnAdd,
  };
}

/** 1250 → "12.5", 1000 → "10", 1 → "0.01" */
function percentText(basisPoints: number): string {
  return toDecimalString(basisPoints, 2).replace(/\.?0+$/, '');
}

/** True when the reward or currency differ: what Stripe cannot change on an existing coupon. */
export function changesCoupon(before: Pick<Campaign, 'currency' | 'reward'>, after: Pick<Campaign, 'currency' | 'reward'>): boolean {
  if (before.currency !== after.currency || before.reward.kind !== after.reward.kind) return true;
  if (before.reward.kind === 'amount_off' && after.reward.kind === 'amount_off') return before.reward.amountOff !== after.reward.amountOff;
  if (before.reward.kind === 'percent_off' && after.reward.kind === 'percent_off') return before.reward.percentOffBasisPoints !== after.reward.percentOffBasisPoints;
  return true;
}
