/**
 * A converted customer uploaded later (an offline sale): judged with the counter's rules as of the
 * order's date, then it qualifies the lead. Stripe never sees such a sale, so the code's limit
 * counts Stripe's redemptions, this device's unsynced sales and the conversions uploaded here.
 */
import { formatMoney } from './money';
import type { LeadState } from './qualification';
import type { Campaign, Lead, ReferralCode } from './records';
import { describeRejection, judgeRedemption, type CustomerHistory, type Rejection } from './rules';

export interface ConversionContext {
  code: ReferralCode;
  codeCampaign: Campaign | undefined;
  /** the campaign the file is uploaded to */
  campaign: Campaign;
  /** conversions of this code already uploaded (leads qualified by an upload) */
  uploadedUses: number;
  /** uses of the code already counted for this very lead (its own sales at the counter, not voided) */
  ownUses: number;
  /** the customer's orders before this one, as far as this device knows */
  customer: CustomerHistory;
  /** minor units of the campaign currency; null: the file gave none */
  amount: number | null;
  /** epoch ms: the rules are judged as of the order */
  orderedAt: number;
}

/** Every reason the row cannot qualify, in words for the report; [] when it can. */
export function conversionRejections(ctx: ConversionContext, opts: { timeZone?: string } = {}): string[] {
  const { code, uploadedUses, ownUses } = ctx;
  const used = Math.max(0, code.timesRedeemed + code.pendingRedemptions + uploadedUses - ownUses);
  const verdict = judgeRedemption({
    code: { ...code, timesRedeemed: used, pendingRedemptions: 0 },
    codeCampaign: ctx.codeCampaign,
    activeCampaign: ctx.campaign,
    orderAmount: ctx.amount,
    customer: ctx.customer,
    now: ctx.orderedAt,
  });
  if (!verdict.accepted) return verdict.reasons.map((r) => describe(r, opts));
  const { minimumOrder } = code.rules;
  if (ctx.amount === null && minimumOrder !== null) {
    return [`The code needs an order of at least ${formatMoney(minimumOrder, ctx.campaign.currency)}, and the row gives no order amount.`];
  }
  return [];
}

function describe(r: Rejection, opts: { timeZone?: string }): string {
  if (r.kind === 'limit_reached') {
    return `Used ${r.used} of ${r.limit} ${r.limit === 1 ? 'time' : 'times'} (Stripe's count, unsynced sales and conversions uploaded here).`;
  }
  if (r.kind === 'expired') return `${describeRejection(r, opts).replace(/\.$/, '')}, before this order.`;
  return describeRejection(r, opts);
}

/** Where a qualification by upload came from, kept as the lead's reason. */
export interface UploadOrigin {
  fileName: string;
  row: number;
}

/** Uploading a converted customer is the manager saying they converted: the lead qualifies. */
export function qualifiedByUpload(origin: UploadOrigin): LeadState {
  return { status: 'qualified', statusReason: `Converted customer uploaded in “${origin.fileName}” (row ${origin.row}).` };
}

/**
 * Why an existing lead takes no part: it is already qualified (the row changes nothing), or it was
 * disqualified (a refund or void; an upload does not overrule that). null: it can qualify.
 */
export function leadStanding(lead: Pick<Lead, 'status' | 'statusReason'>): { outcome: 'unchanged' | 'rejected'; reason: string } | null {
  if (lead.status === 'qualified') return { outcome: 'unchanged', reason: `Already qualified: ${lead.statusReason}` };
  if (lead.status === 'disqualified') return { outcome: 'rejected', reason: `The lead was disqualified (${lead.statusReason}); an upload does not qualify it again.` };
  return null;
}
