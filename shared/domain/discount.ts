/**
 * What a campaign's reward takes off an order, computed the way Stripe computes an invoice
 * discount. Stripe's exact percent rounding is unconfirmed (stripe-facts.md): we round half up
 * per order, and the redemption keeps Stripe's `total_discount_amounts` after sync as the truth.
 */
import type { Reward } from './records';
import { formatMoney, toDecimalString } from './money';

const BASIS_POINTS_PER_WHOLE = 10_000;

/**
 * The discount on an order, in minor units: never negative and never more than the order
 * (Stripe gives a zero total, never credit).
 * - amount_off: min(amountOff, orderAmount)
 * - percent_off: orderAmount × basis points / 10 000, rounded half up, in integer arithmetic.
 * @throws RangeError when the order amount or the reward is not an integer.
 */
export function discountFor(reward: Reward, orderAmount: number): number {
  assertInteger(orderAmount, 'order amount');
  const order = Math.max(0, orderAmount);
  if (reward.kind === 'amount_off') {
    assertInteger(reward.amountOff, 'amount off');
    return Math.min(Math.max(0, reward.amountOff), order);
  }
  assertInteger(reward.percentOffBasisPoints, 'percent off');
  const basisPoints = Math.min(Math.max(0, reward.percentOffBasisPoints), BASIS_POINTS_PER_WHOLE);
  return Math.min(percentHalfUp(order, basisPoints), order);
}

/** floor((amount × bp + 5000) / 10000), exact for any size (BigInt past 2^53). */
function percentHalfUp(amount: number, basisPoints: number): number {
  const half = BASIS_POINTS_PER_WHOLE / 2;
  const scaled = amount * basisPoints + half;
  if (Number.isSafeInteger(scaled)) return (scaled - (scaled % BASIS_POINTS_PER_WHOLE)) / BASIS_POINTS_PER_WHOLE;
  return Number((BigInt(amount) * BigInt(basisPoints) + BigInt(half)) / BigInt(BASIS_POINTS_PER_WHOLE));
}

function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`The ${what} must be an integer, got ${value}`);
}

/**
 * The reward as a cashier reads it: "10% off", "12.5% off", "$10.00 off".
 * @param currency the campaign currency (used for amount_off)
 */
export function describeReward(reward: Reward, currency: string, locale = 'en-US'): string {
  if (reward.kind === 'amount_off') return `${formatMoney(reward.amountOff, currency, locale)} off`;
  // Basis points as an exact decimal fraction: 1250 → "0.1250" → "12.5%".
  const fraction = toDecimalString(reward.percentOffBasisPoints, 4);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(fraction);
  return `${percent} off`;
}
