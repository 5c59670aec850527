import type { RecordedSale } from '../../../../shared/api/stripe-calls';
import { displayCode } from '../../../../shared/domain/code-format';
import type { Redemption } from '../../../../shared/domain/records';
import { localFailure, type Sender, type SenderContext } from './sender';
import { createPromotionCode } from './promotion-code-sender';

/**
 * A redemption becomes an invoice in Stripe carrying the referrer's promotion code (created first
 * if its batch has not reached it). Stripe's discount and count become the local truth.
 */
export const sendSale: Sender = async (ctx, entry) => {
  const { db } = ctx;
  const redemption = await db.redemptions.get(entry.recordId);
  if (!redemption) return localFailure('local_record_missing', 'The sale was removed from this device before it reached Stripe.', ['void']);
  const [customer, code, campaign] = await Promise.all([db.customers.get(redemption.customerId), db.codes.get(redemption.code), db.campaigns.get(redemption.campaignId)]);
  if (!customer?.stripeCustomerId) return localFailure('local_customer_missing', 'The customer of this sale is not in Stripe yet.', ['retry', 'void']);
  if (!code || !campaign) return localFailure('local_code_missing', `The code ${redemption.code} is no longer on this device.`, ['manual_discount', 'void']);
  let promotionCodeId = code.stripePromotionCodeId;
  if (!promotionCodeId && !redemption.manualDiscount) {
    const created = await createPromotionCode(ctx, code, campaign);
    if (!created.ok) return { kind: 'failed', error: created.error, actions: ['manual_discount', 'void', 'retry'] };
    promotionCodeId = created.value.id;
  }
  const result = await ctx.api['stripe:recordSale']({
    idempotencyKey: entry.id,
    customerId: customer.stripeCustomerId,
    currency: redemption.currency,
    orderAmount: redemption.orderAmount,
    description: `Order with referral code ${displayCode(code.code, code.kind)} (${campaign.name})`.slice(0, 500),
    promotionCodeId: redemption.manualDiscount ? null : promotionCodeId,
    manualDiscount: redemption.manualDiscount ? redemption.discountAmount : 0,
    metadata: saleMetadata(redemption, promotionCodeId),
  });
  if (!result.ok) return { kind: 'failed', error: result.error, actions: ['manual_discount', 'void', 'retry'] };
  return { kind: 'done', writeBack: () => applySale(ctx, redemption, result.value) };
};

function saleMetadata(redemption: Redemption, promotionCodeId: string | null): Record<string, string> {
  const metadata: Record<string, string> = {
    redemption_id: redemption.id,
    referral_code: redemption.code,
    campaign_id: redemption.campaignId,
    referrer_id: redemption.referrerId,
    lead_id: redemption.leadId,
    device_id: redemption.deviceId,
  };
  if (promotionCodeId && !redemption.manualDiscount) metadata['promotion_code_id'] = promotionCodeId;
  return metadata;
}

async function applySale(ctx: SenderContext, redemption: Redemption, sale: RecordedSale): Promise<void> {
  const { db } = ctx;
  await db.redemptions.update(redemption.id, { stripeInvoiceId: sale.invoiceId, hostedInvoiceUrl: sale.hostedInvoiceUrl, discountAmount: sale.discountAmount, provisional: false });
  const code = await db.codes.get(redemption.code);
  if (code) {
    // each sale's answer is Stripe's count when that sale was made; answers for the same code may be
    // written down in any order, and an earlier (smaller) count must not undo a later one
    const counted = sale.promotionCode ? { timesRedeemed: Math.max(code.timesRedeemed, sale.promotionCode.timesRedeemed), active: sale.promotionCode.active } : {};
    await db.codes.update(code.code, { ...counted, pendingRedemptions: Math.max(0, code.pendingRedemptions - 1) });
  }
  if (sale.discountAmount !== redemption.discountAmount) {
    await db.audit.add({
      id: `${redemption.id}:discount`,
      at: ctx.now(),
      actor: 'sync',
      deviceId: ctx.deviceId,
      online: true,
      action: 'redemption.discount_corrected_by_stripe',
      details: { redemptionId: redemption.id, counter: redemption.discountAmount, stripe: sale.discountAmount },
    });
  }
}
