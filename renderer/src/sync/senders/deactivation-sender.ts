import { applyPromotionCodeState } from './promotion-code-sender';
import { nothingToWrite, type Sender } from './sender';

/** A retired code is switched off in Stripe; a code that never reached Stripe needs nothing. */
export const sendDeactivation: Sender = async (ctx, entry) => {
  const code = await ctx.db.codes.get(entry.recordId);
  if (!code?.stripePromotionCodeId) return { kind: 'done', writeBack: nothingToWrite };
  const result = await ctx.api['stripe:setPromotionCodeActive']({ idempotencyKey: entry.id, promotionCodeId: code.stripePromotionCodeId, active: false });
  if (!result.ok) return { kind: 'failed', error: result.error, actions: ['retry'] };
  return { kind: 'done', writeBack: () => applyPromotionCodeState(ctx, code.code, result.value) };
};
