import { describe, expect, it } from 'vitest';
import { checkoutLinkState, checkoutMetadata, checkoutPages, readCheckoutPage, type CheckoutLink } from '../../../shared/domain/checkout-link';

const link: CheckoutLink = {
  id: 'k1', leadId: 'l1', customerId: 'cu1', code: 'K7QMX4PDR', campaignId: 'c1', referrerId: 'r1', currency: 'USD',
  orderAmount: 5000, discountAmount: 500, successUrl: null, cancelUrl: null, stripeSessionId: null, url: null, expiresAt: null,
  createdAt: 1, deviceId: 'd1',
};

describe('where Stripe sends a customer who paid through a phone rep’s link', () => {
  it('uses the manager’s pages when set', () => {
    expect(checkoutPages({ successUrl: 'https://shop.example/thanks', cancelUrl: 'https://shop.example/basket' }, 'https://other.example/r/{code}')).toEqual({
      successUrl: 'https://shop.example/thanks',
      cancelUrl: 'https://shop.example/basket',
    });
  });

  it('falls back to the site of the campaign’s referral link', () => {
    expect(checkoutPages({}, 'https://shop.example/r/{code}?via=card')).toEqual({ successUrl: 'https://shop.example/', cancelUrl: 'https://shop.example' });
  });

  it('leaves both to Stripe without either, and ignores what is not a web address', () => {
    expect(checkoutPages({ successUrl: 'javascript:alert(1)', cancelUrl: 'not a url' }, null)).toEqual({ successUrl: null, cancelUrl: null });
  });
});

describe('a page address a manager types', () => {
  it.each([
    ['', { ok: true, url: null }],
    ['  https://shop.example/thanks ', { ok: true, url: 'https://shop.example/thanks' }],
    ['shop.example/thanks', { ok: false, message: '“shop.example/thanks” is not a web address: start it with https://' }],
    ['ftp://shop.example/', { ok: false, message: '“ftp://shop.example/” is not a web address: start it with https://' }],
  ])('“%s” reads as %j', (typed, read) => {
    expect(readCheckoutPage(typed, 'after-payment')).toEqual(read);
  });
});

describe('what the rep is told about a payment link', () => {
  it('is ready with its address once Stripe made it', () => {
    expect(checkoutLinkState({ ...link, url: 'https://pay.example/c/1', expiresAt: 9 }, { state: 'done', lastFailure: null })).toEqual({ kind: 'ready', url: 'https://pay.example/c/1', expiresAt: 9 });
  });

  it('is queued while its entry waits, also after failed tries', () => {
    expect(checkoutLinkState(link, { state: 'pending', lastFailure: { message: 'offline' } })).toEqual({ kind: 'queued' });
    expect(checkoutLinkState(link, undefined)).toEqual({ kind: 'queued' });
  });

  it('is refused with Stripe’s words, or cancelled by a manager', () => {
    expect(checkoutLinkState(link, { state: 'conflict', lastFailure: { message: 'This promotion code is inactive.' } })).toEqual({ kind: 'refused', message: 'This promotion code is inactive.' });
    expect(checkoutLinkState(link, { state: 'cancelled', lastFailure: null })).toEqual({ kind: 'cancelled' });
  });

  it('carries the lead, code, referrer and device to Stripe', () => {
    expect(checkoutMetadata(link)).toEqual({ checkout_link_id: 'k1', lead_id: 'l1', referral_code: 'K7QMX4PDR', referrer_id: 'r1', campaign_id: 'c1', device_id: 'd1', source: 'phone' });
  });
});
