import { useState } from 'react';
import { cashChange } from '../../../../shared/domain/payment';
import { formatMoney, parseAmountInput } from '../../../../shared/domain/money';
import type { Redemption } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { payByCash } from '../../db/repos/payment-recorder';
import { messageOf, tillContext } from './till-context';

/** Cash: what the customer handed over, the change to give back, then confirm. Works offline. */
export function CashPayment({ sale, due }: { sale: Redemption; due: number }) {
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const parsed = text.trim() === '' ? null : parseAmountInput(text, sale.currency, 'cash received');
  const change = parsed?.ok ? cashChange(due, parsed.amount, sale.currency) : null;
  const problem = parsed && !parsed.ok ? parsed.message : change && !change.ok ? change.message : null;
  const confirm = async () => {
    if (!parsed?.ok) return setFailure(parsed?.message ?? 'Enter the cash received.');
    try {
      await payByCash(db, sale.id, parsed.amount, await tillContext());
    } catch (error) {
      setFailure(messageOf(error));
    }
  };
  return (
    <form
      className="cash-payment"
      onSubmit={(e) => {
        e.preventDefault();
        void confirm();
      }}
    >
      <label htmlFor="cash-received">Cash received ({sale.currency})</label>
      <input id="cash-received" inputMode="decimal" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={problem !== null} />
      {change?.ok && <p aria-label="Change due">Change due: {formatMoney(change.value, sale.currency)}</p>}
      {(problem ?? failure) && <p role="alert">{problem ?? failure}</p>}
      <button type="submit" className="primary" disabled={!change?.ok}>
        Confirm cash payment
      </button>
    </form>
  );
}
