import { formatMoney } from '../../../../shared/domain/money';
import { useCounterStore } from './counter-store';

/** Shown only after the redemption's transaction committed. */
export function RecordedBanner() {
  const recorded = useCounterStore((s) => s.recorded);
  if (!recorded) return null;
  const { leadName, code, orderAmount, discountAmount, currency } = recorded;
  return (
    <p className="recorded" role="status" aria-label="Redemption recorded">
      Redemption recorded for {leadName}: {formatMoney(orderAmount, currency)} order, {formatMoney(discountAmount, currency)} off with{' '}
      {code}. Awaiting payment.
    </p>
  );
}
