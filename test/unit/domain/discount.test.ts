import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { describeReward, discountFor } from '../../../shared/domain/discount';
import { MAX_AMOUNT } from '../../../shared/domain/money';
import type { Reward } from '../../../shared/domain/records';

const percent = (percentOffBasisPoints: number): Reward => ({ kind: 'percent_off', percentOffBasisPoints });
const amountOff = (amount: number): Reward => ({ kind: 'amount_off', amountOff: amount });

describe('discount on an order', () => {
  it.each([
    ['$10 off a $45 order', amountOff(1000), 4500, 1000],
    ['$10 off an order of exactly $10', amountOff(1000), 1000, 1000],
    ['$10 off a $6 order gives $6, never credit', amountOff(1000), 600, 600],
    ['10% of $45.00', percent(1000), 4500, 450],
    ['10% of $0.05 rounds half up to $0.01', percent(1000), 5, 1],
    ['10% of $0.04 rounds down to $0.00', percent(1000), 4, 0],
    ['12.5% of $0.04 is exactly half a cent and rounds up', percent(1250), 4, 1],
    ['33.33% of $1.00', percent(3333), 100, 33],
    ['15% of ¥999', percent(1500), 999, 150],
    ['100% of $45.00 is the whole order', percent(10_000), 4500, 4500],
    ['0.01% of the largest order', percent(1), MAX_AMOUNT, 10_000],
    ['any reward on an empty order', percent(5000), 0, 0],
  ])('%s', (_, reward, order, discount) => {
    expect(discountFor(reward, order)).toBe(discount);
  });

  it('refuses a fractional order amount rather than rounding it', () => {
    expect(() => discountFor(percent(1000), 12.5)).toThrow(RangeError);
  });

  const reward = fc.oneof(
    fc.integer({ min: 0, max: 10_000 }).map(percent),
    fc.integer({ min: 0, max: 2 * MAX_AMOUNT }).map(amountOff),
  );

  it('never exceeds the order and is never negative', () => {
    fc.assert(
      fc.property(reward, fc.integer({ min: 0, max: MAX_AMOUNT }), (r, order) => {
        const discount = discountFor(r, order);
        expect(Number.isSafeInteger(discount)).toBe(true);
        expect(discount).toBeGreaterThanOrEqual(0);
        expect(discount).toBeLessThanOrEqual(order);
      }),
    );
  });

  it('takes a percentage as the exact share rounded half up to a minor unit', () => {
    // Exact rational order × bp / 10000; half up: the floor of it plus one half.
    const halfUp = (order: bigint, bp: bigint) => (2n * order * bp + 10_000n) / 20_000n;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (bp, order) => {
        expect(BigInt(discountFor(percent(bp), order))).toBe(halfUp(BigInt(order), BigInt(bp)));
      }),
    );
  });
});

describe('describing the reward', () => {
  it.each([
    [percent(1000), 'USD', '10% off'],
    [percent(1250), 'USD', '12.5% off'],
    [percent(3333), 'USD', '33.33% off'],
    [percent(10_000), 'USD', '100% off'],
    [amountOff(1000), 'USD', '$10.00 off'],
    [amountOff(500), 'JPY', '¥500 off'],
  ])('describes %o in %s as %j', (reward, currency, text) => {
    expect(describeReward(reward, currency)).toBe(text);
  });

  it('uses the given locale', () => {
    expect(describeReward(percent(1250), 'EUR', 'de-DE')).toBe('12,5\u00a0% off');
  });
});
