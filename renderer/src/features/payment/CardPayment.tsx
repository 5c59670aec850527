import { useReaderState } from '../../terminal/useReaderState';
import type { CardReader } from '../../terminal/card-reader';
import { cashierInstruction } from '../../terminal/reader-status-text';
import type { CardPaymentControl } from './useCardPayment';

/** A card attempt in progress or ended: what to tell the customer, cancel, or try again. */
export function CardPayment({ reader, control }: { reader: CardReader; control: CardPaymentControl }) {
  const state = useReaderState(reader);
  const { attempt } = control;
  if (attempt.phase === 'idle') return null;
  return (
    <section className="card-payment" aria-label="Card payment">
      {attempt.phase === 'running' && (
        <>
          <p role="status" aria-label="Cashier instruction" className="instruction">
            {cashierInstruction(state)}
          </p>
          <button type="button" onClick={control.cancel}>
            Cancel card payment
          </button>
        </>
      )}
      {attempt.phase === 'failed' && (
        <>
          <p role="alert">{attempt.message} The sale is not paid.</p>
          <button type="button" className="primary" onClick={control.start}>
            {attempt.retryable ? 'Try the card again' : 'Try another card'}
          </button>
        </>
      )}
      {attempt.phase === 'unconfirmed' && (
        <>
          <p role="alert">{attempt.message}</p>
          <button type="button" onClick={control.start}>
            Check with Stripe, then retry
          </button>
        </>
      )}
    </section>
  );
}
