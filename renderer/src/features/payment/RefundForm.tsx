import { useState } from 'react';
import { formatMoney, parseAmountInput, toDecimalString, currencyExponent } from '../../../../shared/domain/money';
import { refundableAmount } from '../../../../shared/domain/payment';
import type { Redemption, RefundReason } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { refundSale } from '../../db/repos/refund-recorder';
import { getPosApi } from '../../platform/api';
import { messageOf, tillContext } from './till-context';

const REASONS: Record<RefundReason, string> = {
  requested_by_customer: 'Requested by the customer',
  duplicate: 'Charged twice',
  fraudulent: 'Fraudulent',
};

/** Money back on a paid sale, all or part; a card refund goes through Stripe and needs the network. */
export function RefundForm({ sale }: { sale: Redemption }) {
  const left = refundableAmount(sale);
  const [text, setText] = useState<string>(() => toDecimalString(left, currencyExponent(sale.currency)));
  const [reason, setReason] = useState<RefundReason>('requested_by_customer');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (left === 0) return null;
  const refund = async () => {
    const parsed = parseAmountInput(text, sale.currency, 'refund amount');
    if (!parsed.ok) return setFailure(parsed.message);
    setBusy(true);
    try {
      await refundSale(db, getPosApi(), { redemptionId: sale.id, amount: parsed.amount, reason }, await tillContext());
      setFailure(null);
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="refund"
      aria-label="Refund"
      onSubmit={(e) => {
        e.preventDefault();
        void refund();
      }}
    >
      <label htmlFor="refund-amount">Refund amount ({sale.currency}, up to {formatMoney(left, sale.currency)})</label>
      <input id="refund-amount" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} />
      <label htmlFor="refund-reason">Reason</label>
      <select id="refund-reason" value={reason} onChange={(e) => setReason(e.target.value as RefundReason)}>
        {Object.entries(REASONS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {sale.payment?.tender === 'card' && <p className="muted">Card refunds go back to the card through Stripe and need the network.</p>}
      {failure && <p role="alert">{failure}</p>}
      <button type="submit" disabled={busy}>
        Refund
      </button>
    </form>
  );
}
