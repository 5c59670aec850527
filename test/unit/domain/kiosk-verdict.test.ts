import { describe, expect, it } from 'vitest';
import { firstName, kioskVerdict, NOT_FOUND, notFound } from '../../../shared/domain/kiosk-verdict';
import type { Verdict } from '../../../shared/domain/rules';
import { campaign, codeRules } from '../../fixtures/domain-builders';

const shop = campaign({ reward: { kind: 'percent_off', percentOffBasisPoints: 1000 } });
const code = { code: 'K7QMX4PDR', kind: 'generated' as const, campaignId: shop.id, referrerId: 'r1', active: true, rules: codeRules({ firstTimeOnly: true, minimumOrder: 2000 }), timesRedeemed: 3, pendingRedemptions: 1, stripePromotionCodeId: null, syncEntryId: null, isDemo: false, createdAt: 0 };

describe('what the kiosk tells a customer', () => {
  it('an accepted code: the offer, its conditions, and only the referrer’s first name', () => {
    const accepted: Verdict = { accepted: true, discount: null, usesLeft: 1, pending: ['order_amount', 'customer'] };
    const said = kioskVerdict(accepted, code, shop, 'Dana Whitfield');
    expect(said).toEqual({
      accepted: true,
      headline: 'Your code works!',
      referredBy: 'Referred by Dana',
      offer: '10% off your first order',
      conditions: ['For orders of $20.00 or more.', 'For your first order with us.', 'Staff confirm the discount when you pay.'],
    });
    expect(JSON.stringify(said)).not.toMatch(/Whitfield|1 use|3 of|left/);
  });

  it.each([
    [{ kind: 'expired', expiredAt: 0 }, 'This code has expired.'],
    [{ kind: 'deactivated' }, 'This code is no longer active.'],
    [{ kind: 'limit_reached', used: 5, limit: 5 }, 'This code has already been used as often as it allows.'],
    [{ kind: 'wrong_campaign', campaignName: 'Staff only' }, 'This code isn’t valid here.'],
    [{ kind: 'not_first_time' }, NOT_FOUND],
  ] as const)('a refused code (%o) is said plainly, never with counts or names, and counts as a wrong try', (reason, words) => {
    const said = kioskVerdict({ accepted: false, reasons: [reason] }, code, shop, 'Dana Whitfield');
    expect(said).toEqual({ accepted: false, headline: words, counts: true });
  });

  it('an unknown code and a typo read the same: no hint for guessing', () => {
    expect(notFound()).toEqual({ accepted: false, headline: NOT_FOUND, counts: true });
  });

  it('takes the first word of a name', () => {
    expect(firstName('  Priya   Natarajan ')).toBe('Priya');
    expect(firstName('Cher')).toBe('Cher');
  });
});
