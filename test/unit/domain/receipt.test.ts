import { describe, expect, it } from 'vitest';
import { buildReceipt } from '../../../shared/domain/receipt';
import type { Redemption } from '../../../shared/domain/records';
import { campaign, referralCode, TEST_NOW } from '../../fixtures/domain-builders';

function sale(overrides: Partial<Redemption> = {}): Redemption {
  return {
    id: '01a20fd5-0000-7000-8000-000000000001', code: 'DANA7K3Q9', campaignId: 'campaign-summer', referrerId: 'referrer-dana', leadId: 'lead-1',
    customerId: 'customer-1', currency: 'USD', orderAmount: 4_500, discountAmount: 450, status: 'paid', provisional: false,
    stripeInvoiceId: null, manualDiscount: false, hostedInvoiceUrl: null, refundedAmount: 0, createdAt: TEST_NOW, deviceId: 'till-1',
    payment: { tender: 'cash', amountDue: 4_050, cashTendered: 5_000, changeDue: 950, paymentIntentId: null, cardBrand: null, paidAt: TEST_NOW },
    ...overrides,
  };
}

describe('a receipt', () => {
  const source = { lead: undefined, code: referralCode(), campaign: campaign(), refunds: [] };

  it('shows the order, the discount with its code and offer, the total and the cash tender', () => {
    const receipt = buildReceipt({ ...source, sale: sale() });
    expect(receipt.lines).toEqual([
      { label: 'Order', amount: '$45.00' },
      { label: 'Referral discount, code DANA-7K3Q-9 (10% off)', amount: '−$4.50' },
    ]);
    expect(receipt.total).toEqual({ label: 'Total', amount: '$40.50' });
    expect(receipt.payment).toBe('Cash $50.00, change $9.50');
    expect(receipt.qrText).toBe('referral-pos:sale:01a20fd5-0000-7000-8000-000000000001');
  });

  it('adds Stripe’s ids once the sale reached Stripe', () => {
    const card = sale({ stripeInvoiceId: 'in_123', payment: { tender: 'card', amountDue: 4_050, cashTendered: null, changeDue: null, paymentIntentId: 'pi_9', cardBrand: 'visa', paidAt: TEST_NOW } });
    const receipt = buildReceipt({ ...source, sale: card });
    expect(receipt.payment).toBe('Card (visa) $40.50');
    expect(receipt.references.map((r) => r.label)).toEqual(['Sale', 'Stripe invoice', 'Stripe payment']);
  });

  it('carries Stripe’s pay page in its QR code while a pay-later sale is unpaid', () => {
    const later = sale({ status: 'awaiting_payment', hostedInvoiceUrl: 'https://pay.example/in_1', payment: { tender: 'pay_later', amountDue: 4_050, cashTendered: null, changeDue: null, paymentIntentId: null, cardBrand: null, paidAt: null } });
    expect(buildReceipt({ ...source, sale: later })).toMatchObject({ payment: 'To pay later on Stripe’s pay page', qrText: 'https://pay.example/in_1' });
  });

  it('lists refunds and says when a sale was voided', () => {
    const refunds = [{ id: 'r1', redemptionId: 'x', tender: 'cash' as const, amount: 1_000, reason: 'requested_by_customer' as const, createdAt: TEST_NOW, actor: 'c', stripeRefundId: null }];
    expect(buildReceipt({ ...source, sale: sale({ refundedAmount: 1_000, status: 'partially_refunded' }), refunds }).refunds[0]!.amount).toBe('−$10.00');
    expect(buildReceipt({ ...source, sale: sale({ status: 'voided', payment: null }) }).payment).toBe('Voided: not charged');
  });
});
