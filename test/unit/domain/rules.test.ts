import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  describeCodeState,
  describeRejection,
  judgeRedemption,
  type CustomerHistory,
  type RedemptionContext,
  type Rejection,
} from '../../../shared/domain/rules';
import type { Campaign, ReferralCode } from '../../../shared/domain/records';
import { campaign, referralCode, TEST_NOW, type ReferralCodeOverrides } from '../../fixtures/domain-builders';

const summer = campaign();
const spring = campaign({ id: 'campaign-spring', name: 'Spring Fair' });
const END_OF_2026 = Date.UTC(2026, 11, 31, 12);
const utc = { timeZone: 'UTC' };

function judge(code: ReferralCodeOverrides | undefined, extra: Partial<RedemptionContext> = {}) {
  const built = code && referralCode(code);
  return judgeRedemption({
    code: built,
    codeCampaign: built?.campaignId === spring.id ? spring : summer,
    activeCampaign: summer,
    orderAmount: 4500,
    customer: 'first_time',
    now: TEST_NOW,
    ...extra,
  });
}

describe('judging a referral code at the counter', () => {
  it.each<[string, ReferralCodeOverrides | undefined, Partial<RedemptionContext>, Rejection[]]>([
    ['rejects a code that is not in the store', undefined, {}, [{ kind: 'unknown_code' }]],
    ['rejects a deactivated code', { active: false }, {}, [{ kind: 'deactivated' }]],
    ['rejects a code of another campaign, naming it', { campaignId: spring.id }, {}, [{ kind: 'wrong_campaign', campaignName: 'Spring Fair' }]],
    [
      'rejects a code of a campaign this device does not know',
      { campaignId: 'campaign-gone' },
      { codeCampaign: undefined },
      [{ kind: 'wrong_campaign', campaignName: 'another campaign' }],
    ],
    ['rejects a code at the very moment it expires', { rules: { expiresAt: TEST_NOW } }, {}, [{ kind: 'expired', expiredAt: TEST_NOW }]],
    ['rejects a code used 5 of 5 times', { timesRedeemed: 5, rules: { maxRedemptions: 5 } }, {}, [{ kind: 'limit_reached', used: 5, limit: 5 }]],
    [
      'rejects a code used 5 of 5 times, counting unsynced uses',
      { timesRedeemed: 3, pendingRedemptions: 2, rules: { maxRedemptions: 5 } },
      {},
      [{ kind: 'limit_reached', used: 5, limit: 5 }],
    ],
    [
      'rejects an order below the minimum, before discount',
      { rules: { minimumOrder: 5000 } },
      { orderAmount: 4999 },
      [{ kind: 'below_minimum', minimum: 5000, currency: 'USD' }],
    ],
    ['rejects a returning customer on a first-order code', { rules: { firstTimeOnly: true } }, { customer: 'returning' }, [{ kind: 'not_first_time' }]],
    [
      'reports every reason at once, in a fixed order',
      {
        active: false,
        campaignId: spring.id,
        timesRedeemed: 4,
        pendingRedemptions: 1,
        rules: { expiresAt: TEST_NOW - 1, maxRedemptions: 5, minimumOrder: 5000, firstTimeOnly: true },
      },
      { customer: 'returning', codeCampaign: campaign({ id: spring.id, name: 'Spring Fair' }) },
      [
        { kind: 'deactivated' },
        { kind: 'wrong_campaign', campaignName: 'Spring Fair' },
        { kind: 'expired', expiredAt: TEST_NOW - 1 },
        { kind: 'limit_reached', used: 5, limit: 5 },
        { kind: 'below_minimum', minimum: 5000, currency: 'USD' },
        { kind: 'not_first_time' },
      ],
    ],
  ])('%s', (_, code, extra, reasons) => {
    expect(judge(code, extra)).toEqual({ accepted: false, reasons });
  });

  it.each<[string, ReferralCodeOverrides, Partial<RedemptionContext>, object]>([
    ['accepts an open code with its discount', {}, {}, { discount: 450, usesLeft: null, pending: [] }],
    ['accepts an order exactly at the minimum', { rules: { minimumOrder: 4500 } }, {}, { discount: 450, pending: [] }],
    ['accepts a code a millisecond before it expires', { rules: { expiresAt: TEST_NOW + 1 } }, {}, { discount: 450 }],
    [
      'accepts the last use, counting unsynced ones',
      { timesRedeemed: 3, pendingRedemptions: 1, rules: { maxRedemptions: 5 } },
      {},
      { usesLeft: 1 },
    ],
    ['waits for the order amount before the minimum check', { rules: { minimumOrder: 5000 } }, { orderAmount: null }, { discount: null, pending: ['order_amount'] }],
    ['waits for the customer before the first-order check', { rules: { firstTimeOnly: true } }, { customer: 'unknown' }, { pending: ['customer'] }],
    ['accepts a first-time customer on a first-order code', { rules: { firstTimeOnly: true } }, {}, { pending: [] }],
    ['does not wait for the customer when the code is open to everyone', {}, { customer: 'unknown' }, { pending: [] }],
  ])('%s', (_, code, extra, expected) => {
    expect(judge(code, extra)).toMatchObject({ accepted: true, ...expected });
  });

  it('takes the discount from the counter campaign reward', () => {
    const tenOff = campaign({ reward: { kind: 'amount_off', amountOff: 1000 } });
    const verdict = judgeRedemption({
      code: referralCode(),
      codeCampaign: tenOff,
      activeCampaign: tenOff,
      orderAmount: 600,
      customer: 'first_time',
      now: TEST_NOW,
    });
    expect(verdict).toMatchObject({ accepted: true, discount: 600 });
  });
});

describe('judging every combination of rules', () => {
  const other = campaign({ id: 'campaign-other', name: 'Other', currency: 'EUR' });
  const context = fc.record({
    exists: fc.boolean(),
    active: fc.boolean(),
    codeCampaign: fc.constantFrom<Campaign | undefined>(summer, spring, other, undefined),
    expiresAt: fc.option(fc.integer({ min: TEST_NOW - 2, max: TEST_NOW + 2 })),
    maxRedemptions: fc.option(fc.integer({ min: 0, max: 6 })),
    timesRedeemed: fc.integer({ min: 0, max: 6 }),
    pendingRedemptions: fc.integer({ min: 0, max: 3 }),
    minimumOrder: fc.option(fc.integer({ min: 0, max: 3 })),
    orderAmount: fc.option(fc.integer({ min: 0, max: 3 })),
    firstTimeOnly: fc.boolean(),
    customer: fc.constantFrom<CustomerHistory>('first_time', 'returning', 'unknown'),
  });

  type Drawn = typeof context extends fc.Arbitrary<infer T> ? T : never;

  function build(c: Drawn): RedemptionContext {
    const code: ReferralCode = referralCode({
      active: c.active,
      campaignId: c.codeCampaign?.id ?? 'campaign-gone',
      timesRedeemed: c.timesRedeemed,
      pendingRedemptions: c.pendingRedemptions,
      rules: { expiresAt: c.expiresAt, maxRedemptions: c.maxRedemptions, minimumOrder: c.minimumOrder, firstTimeOnly: c.firstTimeOnly },
    });
    return { code: c.exists ? code : undefined, codeCampaign: c.codeCampaign, activeCampaign: summer, orderAmount: c.orderAmount, customer: c.customer, now: TEST_NOW };
  }

  /** The rules as the product states them, one line each. */
  function expectedReasons(ctx: RedemptionContext): string[] {
    const code = ctx.code;
    if (!code) return ['unknown_code'];
    const used = code.timesRedeemed + code.pendingRedemptions;
    const sameCurrency = (ctx.codeCampaign?.currency ?? 'USD') === ctx.activeCampaign.currency;
    return [
      !code.active && 'deactivated',
      code.campaignId !== ctx.activeCampaign.id && 'wrong_campaign',
      code.rules.expiresAt !== null && ctx.now >= code.rules.expiresAt && 'expired',
      code.rules.maxRedemptions !== null && used >= code.rules.maxRedemptions && 'limit_reached',
      ctx.orderAmount !== null && code.rules.minimumOrder !== null && sameCurrency && ctx.orderAmount < code.rules.minimumOrder && 'below_minimum',
      code.rules.firstTimeOnly && ctx.customer === 'returning' && 'not_first_time',
    ].filter((r): r is string => r !== false);
  }

  it('reports every reason that holds, and accepts (with uses to spare) exactly when none does', () => {
    fc.assert(
      fc.property(context, (c) => {
        const ctx = build(c);
        const verdict = judgeRedemption(ctx);
        const expected = expectedReasons(ctx);
        expect(verdict.accepted ? [] : verdict.reasons.map((r) => r.kind)).toEqual(expected);
        expect(verdict.accepted).toBe(expected.length === 0);
        if (verdict.accepted && ctx.code?.rules.maxRedemptions != null) expect(verdict.usesLeft).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('telling the cashier why', () => {
  it.each<[Rejection, string]>([
    [{ kind: 'unknown_code' }, 'Unknown referral code.'],
    [{ kind: 'deactivated' }, 'This code has been deactivated.'],
    [{ kind: 'wrong_campaign', campaignName: 'Spring Fair' }, 'This code belongs to the “Spring Fair” campaign, not this one.'],
    [{ kind: 'wrong_campaign', campaignName: 'another campaign' }, 'This code belongs to another campaign, not this one.'],
    [{ kind: 'expired', expiredAt: END_OF_2026 }, 'Expired on 31 Dec 2026.'],
    [{ kind: 'limit_reached', used: 5, limit: 5 }, 'Used 5 of 5 times (including sales not yet synced).'],
    [{ kind: 'limit_reached', used: 1, limit: 1 }, 'Used 1 of 1 time (including sales not yet synced).'],
    [{ kind: 'below_minimum', minimum: 2000, currency: 'USD' }, 'Order is below the minimum of $20.00.'],
    [{ kind: 'below_minimum', minimum: 2000, currency: 'JPY' }, 'Order is below the minimum of ¥2,000.'],
    [{ kind: 'not_first_time' }, 'Not a first-time customer: this code is for first orders only.'],
  ])('says %o as %j', (rejection, text) => {
    expect(describeRejection(rejection, utc)).toBe(text);
  });

  it('shows the expiry date in the given time zone', () => {
    const newYearInTokyo = Date.UTC(2026, 11, 31, 16);
    expect(describeRejection({ kind: 'expired', expiredAt: newYearInTokyo }, { timeZone: 'Asia/Tokyo' })).toBe('Expired on 1 Jan 2027.');
    expect(describeRejection({ kind: 'expired', expiredAt: newYearInTokyo }, { timeZone: 'America/New_York' })).toBe('Expired on 31 Dec 2026.');
  });
});

describe('summing up a code', () => {
  it.each<[string, ReferralCodeOverrides, string[]]>([
    [
      'a code with every rule',
      { timesRedeemed: 1, pendingRedemptions: 1, rules: { maxRedemptions: 5, expiresAt: END_OF_2026, minimumOrder: 2000, firstTimeOnly: true } },
      ['3 of 5 uses left', 'expires 31 Dec 2026', 'min. order $20.00', 'first order only'],
    ],
    ['an open code', {}, ['unlimited uses', 'no expiry']],
    ['an exhausted code', { timesRedeemed: 4, pendingRedemptions: 2, rules: { maxRedemptions: 5 } }, ['0 of 5 uses left', 'no expiry']],
    ['a single-use code', { rules: { maxRedemptions: 1 } }, ['1 of 1 use left', 'no expiry']],
    ['an expired code', { rules: { expiresAt: TEST_NOW } }, ['unlimited uses', 'expired 1 Jun 2026']],
    ['a deactivated code', { active: false }, ['deactivated', 'unlimited uses', 'no expiry']],
  ])('describes %s', (_, code, state) => {
    expect(describeCodeState(referralCode(code), 'USD', TEST_NOW, utc)).toEqual(state);
  });
});
