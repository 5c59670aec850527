import { describe, expect, it } from 'vitest';
import { conversionRejections, leadStanding, qualifiedByUpload, type ConversionContext } from '../../../shared/domain/conversion';
import { campaign, referralCode, TEST_NOW } from '../../fixtures/domain-builders';

const DAY = 86_400_000;

function ctx(overrides: Partial<ConversionContext> = {}): ConversionContext {
  const c = campaign();
  return { code: referralCode(), codeCampaign: c, campaign: c, uploadedUses: 0, ownUses: 0, customer: 'first_time', amount: 4500, orderedAt: TEST_NOW, ...overrides };
}

describe('judging an uploaded conversion with the counter’s rules', () => {
  it('accepts an open code', () => {
    expect(conversionRejections(ctx())).toEqual([]);
  });

  it('judges expiry as of the order date, not the upload', () => {
    const code = referralCode({ rules: { expiresAt: TEST_NOW } });
    expect(conversionRejections(ctx({ code, orderedAt: TEST_NOW - DAY }))).toEqual([]);
    expect(conversionRejections(ctx({ code, orderedAt: TEST_NOW + 1 }), { timeZone: 'UTC' })).toEqual(['Expired on 1 Jun 2026, before this order.']);
  });

  it('counts conversions uploaded here against the limit, but not the lead’s own sale twice', () => {
    const code = referralCode({ rules: { maxRedemptions: 3 }, timesRedeemed: 1, pendingRedemptions: 1 });
    expect(conversionRejections(ctx({ code, uploadedUses: 0 }))).toEqual([]);
    expect(conversionRejections(ctx({ code, uploadedUses: 1 }))).toEqual(["Used 3 of 3 times (Stripe's count, unsynced sales and conversions uploaded here)."]);
    expect(conversionRejections(ctx({ code, uploadedUses: 1, ownUses: 1 }))).toEqual([]);
  });

  it('needs the order amount when the code has a minimum, and compares it', () => {
    const code = referralCode({ rules: { minimumOrder: 2000 } });
    expect(conversionRejections(ctx({ code, amount: null }))).toEqual(['The code needs an order of at least $20.00, and the row gives no order amount.']);
    expect(conversionRejections(ctx({ code, amount: 1999 }))).toEqual(['Order is below the minimum of $20.00.']);
    expect(conversionRejections(ctx({ code, amount: null, customer: 'returning' }))).toHaveLength(1);
  });

  it('lists every failing rule: deactivated, another campaign, not a first-time customer', () => {
    const other = campaign({ id: 'campaign-gym', name: 'Gym buddies' });
    const code = referralCode({ active: false, campaignId: other.id, rules: { firstTimeOnly: true } });
    expect(conversionRejections(ctx({ code, codeCampaign: other, customer: 'returning' }))).toEqual([
      'This code has been deactivated.',
      'This code belongs to the “Gym buddies” campaign, not this one.',
      'Not a first-time customer: this code is for first orders only.',
    ]);
  });
});

describe('the lead an upload qualifies', () => {
  it('is qualified with the file and row as its reason', () => {
    expect(qualifiedByUpload({ fileName: 'march.csv', row: 7 })).toEqual({ status: 'qualified', statusReason: 'Converted customer uploaded in “march.csv” (row 7).' });
  });

  it('already qualified: unchanged; disqualified: rejected, not requalified; pending: may qualify', () => {
    expect(leadStanding({ status: 'qualified', statusReason: 'The sale with the referral code was paid.' })).toEqual({ outcome: 'unchanged', reason: 'Already qualified: The sale with the referral code was paid.' });
    expect(leadStanding({ status: 'disqualified', statusReason: 'The sale was voided.' })).toEqual({ outcome: 'rejected', reason: 'The lead was disqualified (The sale was voided.); an upload does not qualify it again.' });
    expect(leadStanding({ status: 'pending', statusReason: 'Sale recorded; waiting for payment.' })).toBeNull();
  });
});
