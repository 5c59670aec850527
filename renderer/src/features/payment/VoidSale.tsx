import { useState } from 'react';
import type { Redemption } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { voidUnpaidSale } from '../../db/repos/payment-recorder';
import { messageOf, tillContext } from './till-context';

/** An unpaid sale can be voided: it is not charged, the code's use is given back, the lead disqualified. */
export function VoidSale({ sale }: { sale: Redemption }) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const voidIt = async () => {
    try {
      await voidUnpaidSale(db, sale.id, await tillContext());
    } catch (error) {
      setFailure(messageOf(error));
    }
  };
  return (
    <div className="void-sale">
      {confirming ? (
        <>
          Void this sale? The customer is not charged and the referral does not count.{' '}
          <button type="button" onClick={() => void voidIt()}>
            Yes, void the sale
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Void sale
        </button>
      )}
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
