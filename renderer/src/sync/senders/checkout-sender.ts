import type { CheckoutSession } from '../../../../shared/api/checkout-calls';
import { checkoutMetadata, type CheckoutLink } from '../../../../shared/domain/checkout-link';
import { displayCode } from '../../../../shared/domain/code-format';
import { createPromotionCode } from './promotion-code-sender';
import { localFailure, nothingToWrite, type Sender, type SenderContext } from './sender';

/**
 * A phone rep's payment link becomes a Checkout Session carrying the referrer's promotion code
 * (created first if its batch has not reached it). Stripe judges the code here: a refusal is a
 * conflict, retried under a new key once a manager asks (the refused answer is kept under the old one).
 */
export const sendCheckout: Sender = async (ctx, entry) => {
  const { db } = ctx;
  const link = await db.checkouts.get(entry.recordId);
  if (!link) return localFailure('local_record_missing', 'The payment link was removed from this device before it reached Stripe.', ['void']);
  if (link.stripeSessionId) return { kind: 'done', writeBack: nothingToWrite };
  const [customer, code, campaign] = await Promise.all([db.customers.get(link.customerId), db.codes.get(link.code), db.campaigns.get(link.campaignId)]);
  if (!customer?.stripeCustomerId) return localFailure('local_customer_missing', 'The caller is not in Stripe yet.', ['retry', 'void']);
  if (!code || !campaign) return localFailure('local_code_missing', `The code ${link.code} is no longer on this device.`, ['void']);
  let promotionCodeId = code.stripePromotionCodeId;
  if (!promotionCodeId) {
    const created = await createPromotionCode(ctx, code, campaign);
    if (!created.ok) return { kind: 'failed', error: created.error, actions: ['retry', 'void'] };
    promotionCodeId = created.value.id;
  }
  const result = await ctx.api['payments:createCheckoutSession']({
    idempotencyKey: entry.id,
    customerId: customer.stripeCustomerId,
    currency: link.currency,
    orderAmount: link.orderAmount,
    description: `Order with referral code ${displayCode(code.code, code.kind)} (${campaign.name})`.slice(0, 500),
    promotionCodeId,
    successUrl: link.successUrl,
    cancelUrl: link.cancelUrl,
    metadata: checkoutMetadata(link),
  });
  if (!result.ok) return { kind: 'failed', error: result.error, actions: ['retry', 'void'] };
  return { kind: 'done', writeBack: () => applySession(ctx, link, result.value) };
};

async function applySession(ctx: SenderContext, link: CheckoutLink, session: CheckoutSession): Promise<void> {
  await ctx.db.checkouts.update(link.id, {
    stripeSessionId: session.sessionId,
    url: session.url,
    expiresAt: session.expiresAt,
    discountAmount: session.amountSubtotal - session.amountTotal,
  });
}
