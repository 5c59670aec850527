import { describe, expect, it } from 'vitest';
import { afterPayLater, afterPayment, afterSaleUndone, describeLead, NEW_LEAD } from '../../../shared/domain/qualification';

describe('when a lead qualifies', () => {
  it('qualifies on payment when the campaign qualifies on use, and says why', () => {
    expect(afterPayment(NEW_LEAD, { qualifyWhenCodeUsed: true })).toEqual({ status: 'qualified', statusReason: 'The sale with the referral code was paid.' });
  });

  it('waits for a manager when the campaign does not qualify on use', () => {
    expect(afterPayment(NEW_LEAD, { qualifyWhenCodeUsed: false }).status).toBe('pending');
    expect(describeLead(afterPayment(NEW_LEAD, { qualifyWhenCodeUsed: false }))).toContain('waiting for a manager');
  });

  it('does not qualify a sale left to pay later until it is paid', () => {
    expect(afterPayLater(NEW_LEAD)).toEqual({ status: 'pending', statusReason: 'Recorded to pay later; qualifies once paid.' });
  });

  it('takes qualification back after a full refund or a void, and a disqualified lead stays so', () => {
    const refunded = afterSaleUndone('refunded');
    expect(describeLead(refunded)).toBe('Disqualified: The sale was refunded in full.');
    expect(afterPayment(refunded, { qualifyWhenCodeUsed: true })).toBe(refunded);
    expect(afterSaleUndone('voided').statusReason).toBe('The sale was voided.');
  });
});
