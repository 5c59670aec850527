import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountDue, cashChange, checkRefund, payLaterAllowed, refundableAmount, statusAfterRefund } from '../../../shared/domain/payment';
import type { Redemption } from '../../../shared/domain/records';

function paidSale(amountDueValue: number, refundedAmount = 0, status: Redemption['status'] = 'paid') {
  return {
    status,
    refundedAmount,
    currency: 'USD',
    payment: { tender: 'card' as const, amountDue: amountDueValue, cashTendered: null, changeDue: null, paymentIntentId: 'pi_1', cardBrand: 'visa', paidAt: 1 },
  };
}

describe('money at the till', () => {
  it('owes the order less the discount, never less than nothing', () => {
    expect(amountDue(5_000, 500)).toBe(4_500);
    expect(amountDue(1_000, 1_500)).toBe(0);
  });

  it('gives the exact change, and refuses too little cash with both amounts', () => {
    expect(cashChange(4_050, 5_000, 'USD')).toEqual({ ok: true, value: 950 });
    expect(cashChange(4_050, 4_050, 'USD')).toEqual({ ok: true, value: 0 });
    expect(cashChange(4_050, 4_000, 'USD')).toEqual({ ok: false, message: '$40.00 is less than the $40.50 due.' });
    expect(cashChange(4_050, 0, 'USD')).toEqual({ ok: false, message: 'Enter the cash the customer handed over.' });
  });

  it('change plus what is due is always what was handed over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 1, max: 1e7 }), (due, tendered) => {
        const change = cashChange(due, tendered, 'USD');
        return change.ok ? change.value + due === tendered : tendered < due;
      }),
    );
  });

  it('keeps pay later within the device’s cap, saying how much is left', () => {
    expect(payLaterAllowed(3_000, 2_000, null, 'USD')).toEqual({ ok: true, value: 5_000 });
    expect(payLaterAllowed(3_000, 2_000, 5_000, 'USD')).toEqual({ ok: true, value: 5_000 });
    expect(payLaterAllowed(3_000, 2_500, 5_000, 'USD')).toEqual({
      ok: false,
      message: 'Pay later is capped at $50.00 on this device; $30.00 is already outstanding, so at most $20.00 more.',
    });
  });

  it('refunds at most what was paid and not yet given back, only on paid sales', () => {
    expect(refundableAmount(paidSale(4_500))).toBe(4_500);
    expect(refundableAmount(paidSale(4_500, 1_000, 'partially_refunded'))).toBe(3_500);
    expect(refundableAmount(paidSale(4_500, 4_500, 'refunded'))).toBe(0);
    expect(refundableAmount({ ...paidSale(4_500), payment: { ...paidSale(4_500).payment, paidAt: null } })).toBe(0);
    expect(checkRefund(paidSale(4_500, 1_000, 'partially_refunded'), 3_600)).toEqual({ ok: false, message: 'At most $35.00 can be refunded on this sale.' });
    expect(checkRefund(paidSale(4_500), 0)).toEqual({ ok: false, message: 'Enter the amount to refund.' });
    expect(checkRefund(paidSale(4_500, 0, 'voided'), 100).ok).toBe(false);
  });

  it('calls a sale refunded once everything paid came back', () => {
    expect(statusAfterRefund(4_500, 0)).toBe('paid');
    expect(statusAfterRefund(4_500, 1)).toBe('partially_refunded');
    expect(statusAfterRefund(4_500, 4_500)).toBe('refunded');
  });
});
