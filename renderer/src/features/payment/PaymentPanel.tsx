import { useState } from 'react';
import { amountDue } from '../../../../shared/domain/payment';
import { formatMoney } from '../../../../shared/domain/money';
import { describeLead } from '../../../../shared/domain/qualification';
import type { Tender } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { useOnline } from '../../ui/useOnline';
import { payLater } from '../../db/repos/payment-recorder';
import { useCounterReader } from '../../terminal/counter-reader';
import { whyNoCard } from './card-availability';
import { CardPayment } from './CardPayment';
import { CashPayment } from './CashPayment';
import { PaidSummary } from './PaidSummary';
import { PayLaterLink } from './PayLaterLink';
import { RefundForm } from './RefundForm';
import { VoidSale } from './VoidSale';
import { messageOf, tillContext } from './till-context';
import { useCardPayment } from './useCardPayment';
import { useOptionalReaderState } from '../../terminal/useReaderState';
import { useSale } from './useSale';
import { useSendSaleNow } from './useSendSaleNow';

/** After a sale is recorded: how the customer pays, and what that did to the sale and the lead. */
export function PaymentPanel({ redemptionId }: { redemptionId: string }) {
  const view = useSale(redemptionId);
  const online = useOnline();
  const [tender, setTender] = useState<Tender | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const counterReader = useCounterReader((s) => s.state);
  const reader = counterReader.status === 'ready' ? counterReader.choice.reader : null;
  const readerState = useOptionalReaderState(reader);
  const card = useCardPayment(redemptionId, reader);
  const saleInStripe = Boolean(view?.sale.stripeInvoiceId);
  useSendSaleNow(online && view !== undefined && !saleInStripe);
  if (!view) return null;
  const { sale, lead } = view;
  const due = amountDue(sale.orderAmount, sale.discountAmount);
  const chosen = tender ?? sale.payment?.tender ?? null;
  const cardRunning = card.attempt.phase === 'running';
  const noCard = whyNoCard({ online, counterReader, reader: readerState, saleInStripe });
  const takeCard = () => {
    setTender('card');
    card.start();
  };
  const recordPayLater = async () => {
    try {
      await payLater(db, sale.id, await tillContext());
    } catch (error) {
      setFailure(messageOf(error));
    }
  };
  return (
    <section className="payment" aria-label="Payment">
      <h2>Payment: {formatMoney(due, sale.currency)} due</h2>
      {sale.status !== 'awaiting_payment' || sale.payment?.paidAt ? (
        <>
          <PaidSummary sale={sale} />
          {/* keyed so that the suggested amount follows what is left after each refund */}
          <RefundForm key={sale.refundedAmount} sale={sale} />
        </>
      ) : sale.payment?.tender === 'pay_later' ? (
        <>
          <PayLaterLink sale={sale} />
          <VoidSale sale={sale} />
        </>
      ) : (
        <>
          <div role="group" aria-label="Tender" className="tenders">
            <button type="button" disabled={noCard !== null || cardRunning} aria-describedby={noCard ? 'card-unavailable' : undefined} onClick={takeCard}>
              Card
            </button>
            <button type="button" disabled={cardRunning} onClick={() => setTender('cash')}>
              Cash
            </button>
            <button type="button" disabled={cardRunning} onClick={() => setTender('pay_later')}>
              Pay later
            </button>
          </div>
          {noCard && !cardRunning && (
            <p id="card-unavailable" className="muted">
              {noCard}
            </p>
          )}
          {chosen === 'card' && reader && <CardPayment reader={reader} control={card} />}
          {chosen === 'cash' && <CashPayment sale={sale} due={due} />}
          {chosen === 'pay_later' && (
            <button type="button" className="primary" onClick={() => void recordPayLater()}>
              Record as pay later
            </button>
          )}
          {failure && <p role="alert">{failure}</p>}
          {!cardRunning && <VoidSale sale={sale} />}
        </>
      )}
      {lead && <p aria-label="Lead status">Lead: {describeLead(lead)}</p>}
      <a href={`#/receipt/${sale.id}`}>Receipt</a>
    </section>
  );
}
