import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { readCheckoutPage } from '../../../../shared/domain/checkout-link';
import { db } from '../../db/db';
import { loadCheckoutPages, saveCheckoutPages } from '../../db/repos/checkout-pages';
import { actingAs } from '../../session/acting';
import { messageOfSettingError } from './setting-errors';

/** The shop's pages Stripe shows around a phone rep's payment link: after paying, and "back". */
export function PaymentLinkPagesForm() {
  const stored = useLiveQuery(() => loadCheckoutPages(db));
  const [success, setSuccess] = useState<string | null>(null);
  const [cancel, setCancel] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const successText = success ?? stored?.successUrl ?? '';
  const cancelText = cancel ?? stored?.cancelUrl ?? '';
  const save = async () => {
    const successUrl = readCheckoutPage(successText, 'after-payment');
    const cancelUrl = readCheckoutPage(cancelText, 'back');
    const problems = [successUrl, cancelUrl].flatMap((r) => (r.ok ? [] : [r.message]));
    if (!successUrl.ok || !cancelUrl.ok) return setMessage({ kind: 'error', text: problems.join(' ') });
    try {
      await saveCheckoutPages(db, { successUrl: successUrl.url, cancelUrl: cancelUrl.url }, await actingAs('settings.change'));
      setMessage({ kind: 'saved', text: 'Saved: new payment links use these pages.' });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOfSettingError(error) });
    }
  };
  return (
    <form
      aria-label="Payment link pages"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Payment link pages</h3>
      <p className="muted">Empty: the site of the campaign’s referral link, or Stripe’s own confirmation page.</p>
      <label htmlFor="checkout-success-url">After payment (https address)</label>
      <input id="checkout-success-url" type="url" value={successText} onChange={(e) => setSuccess(e.target.value)} />
      <label htmlFor="checkout-cancel-url">Back link (https address)</label>
      <input id="checkout-cancel-url" type="url" value={cancelText} onChange={(e) => setCancel(e.target.value)} />
      <button type="submit">Save pages</button>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}
