import { describe, expect, it } from 'vitest';
import { cardSerial, referralCard, referralLinkFor } from '../../../shared/domain/referral-card';
import { codeRules } from '../../fixtures/domain-builders';

const campaign = { reward: { kind: 'percent_off' as const, percentOffBasisPoints: 1000 }, currency: 'USD', linkTemplate: 'https://example.shop/r/{code}' };

describe('what a referral code card says', () => {
  it('names the referrer, prints the code grouped, and carries the campaign link with the code in its QR', () => {
    const card = referralCard({
      campaign,
      referrer: { name: 'Dana Whitfield' },
      code: { code: 'K7QMX4PDR', kind: 'generated', rules: codeRules({ firstTimeOnly: true, minimumOrder: 2000, expiresAt: Date.UTC(2026, 11, 31, 12) }) },
      batchNumber: 7,
      position: 42,
      timeZone: 'UTC',
    });
    expect(card).toEqual({
      serial: 'B7-0042',
      referrerName: 'Dana Whitfield',
      code: 'K7QM-X4PD-R',
      qrText: 'https://example.shop/r/K7QMX4PDR',
      link: 'https://example.shop/r/K7QMX4PDR',
      offer: '10% off your first order',
      rules: ['Minimum order $20.00', 'Valid until 31 Dec 2026'],
    });
  });

  it('without a link template the QR carries the bare code, and an amount-off offer reads as money', () => {
    const card = referralCard({
      campaign: { reward: { kind: 'amount_off', amountOff: 1000 }, currency: 'USD', linkTemplate: null },
      referrer: { name: 'Jo' },
      code: { code: 'MARCO10', kind: 'vanity', rules: codeRules({ maxRedemptions: 1 }) },
      batchNumber: 1,
      position: 1,
    });
    expect(card).toMatchObject({ code: 'MARCO10', qrText: 'MARCO10', link: null, offer: '$10.00 off your order', rules: ['One use only'] });
  });

  it('puts the code where the template says, once', () => {
    expect(referralLinkFor('https://x.example/?ref={code}&utm=card', 'AB12')).toBe('https://x.example/?ref=AB12&utm=card');
    expect(referralLinkFor('https://x.example/', 'AB12')).toBeNull();
  });

  it('numbers cards by batch and position', () => {
    expect(cardSerial(12, 1)).toBe('B12-0001');
    expect(cardSerial(3, 12345)).toBe('B3-12345');
  });
});
