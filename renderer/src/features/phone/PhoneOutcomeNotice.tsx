import { formatMoney } from '../../../../shared/domain/money';
import { CheckoutLinkPanel } from './CheckoutLinkPanel';
import { usePhoneStore } from './phone-store';

/** Shown only after the call's transaction committed. */
export function PhoneOutcomeNotice() {
  const outcome = usePhoneStore((s) => s.outcome);
  if (!outcome) return null;
  if (outcome.kind === 'link') {
    return (
      <>
        <p className="recorded" role="status" aria-label="Order recorded">
          Lead recorded for {outcome.callerName} with {outcome.code}; the order is paid through the payment link.
        </p>
        <CheckoutLinkPanel checkoutId={outcome.checkoutId} callerName={outcome.callerName} />
      </>
    );
  }
  const { callerName, code, orderAmount, discountAmount, currency } = outcome;
  return (
    <p className="recorded" role="status" aria-label="Order recorded">
      Order recorded for {callerName}: {formatMoney(orderAmount, currency)} order, {formatMoney(discountAmount, currency)} off with {code}. Awaiting payment at
      the store.
    </p>
  );
}
