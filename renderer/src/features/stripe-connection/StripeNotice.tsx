import { useSyncStatus } from '../../sync/sync-store';
import { useStripeStatus } from './stripe-status-store';

/**
 * What does not work without a connected Stripe account, said where it matters (counter, sync
 * status, settings): in sandbox nothing reaches a real account; when Stripe refuses the stored key
 * the sync engine stops and nothing reaches Stripe until a manager connects a key again.
 */
export function StripeNotice({ settingsLink = true }: { settingsLink?: boolean }) {
  const stripe = useStripeStatus((s) => s.stripe);
  const refused = useSyncStatus((s) => s.halted === 'rejected_key');
  const link = settingsLink && (
    <>
      {' '}
      <a href="#/settings">Open Settings</a>
    </>
  );
  if (refused && stripe?.connected) {
    return (
      <div className="stripe-notice stripe-notice-refused" role="alert" aria-label="Stripe notice">
        <strong>Stripe refused the stored key:</strong> nothing reaches Stripe — sales, leads and code changes wait on this device, and checkout
        redemption and tracking in your Stripe account stop — until a manager connects a key again in Settings.{link}
      </div>
    );
  }
  if (stripe?.mode !== 'sandbox') return null;
  return (
    <div className="stripe-notice" role="note" aria-label="Stripe notice">
      <strong>No real Stripe account:</strong> codes are checked and sales recorded against the local emulator; checkout redemption and tracking in
      your Stripe account stop until a key is connected.{link}
    </div>
  );
}
