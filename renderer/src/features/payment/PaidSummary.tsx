import { formatMoney } from '../../../../shared/domain/money';
import type { Redemption } from '../../../../shared/domain/records';

/** What happened to the money, in a sentence the cashier can read out. */
export function PaidSummary({ sale }: { sale: Redemption }) {
  const { payment, currency } = sale;
  if (sale.status === 'voided') return <p role="status" aria-label="Payment result">Sale voided. Nothing was charged.</p>;
  if (!payment) return null;
  const paid =
    payment.tender === 'cash'
      ? `Paid in cash: ${formatMoney(payment.cashTendered ?? payment.amountDue, currency)} received, change ${formatMoney(payment.changeDue ?? 0, currency)}.`
      : `Paid by card${payment.cardBrand ? ` (${payment.cardBrand})` : ''}: ${formatMoney(payment.amountDue, currency)}.`;
  const refunded = sale.refundedAmount > 0 ? ` Refunded ${formatMoney(sale.refundedAmount, currency)}.` : '';
  return (
    <p role="status" aria-label="Payment result">
      {paid}
      {refunded}
    </p>
  );
}
