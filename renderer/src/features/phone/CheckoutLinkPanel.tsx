import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useOnline } from '../../ui/useOnline';
import { useCheckoutLink } from './useCheckoutLink';

/** The payment link once Stripe made it (address, QR code, copy), or why it is not there yet. */
export function CheckoutLinkPanel({ checkoutId, callerName }: { checkoutId: string; callerName: string }) {
  const state = useCheckoutLink(checkoutId);
  const online = useOnline();
  return (
    <section className="checkout-link" aria-label="Payment link">
      <h2>Payment link for {callerName}</h2>
      {state?.kind === 'ready' && <ReadyLink url={state.url} expiresAt={state.expiresAt} />}
      {state?.kind === 'queued' && (
        <p role="status">{online ? 'Creating the payment link in Stripe…' : 'Queued: the link is created when the till is back online.'}</p>
      )}
      {state?.kind === 'refused' && (
        <p role="alert">
          Stripe refused the payment link: {state.message} A manager can settle it under Sync status.
        </p>
      )}
      {state?.kind === 'cancelled' && <p role="status">This payment link was cancelled by a manager.</p>}
    </section>
  );
}

function ReadyLink({ url, expiresAt }: { url: string; expiresAt: number | null }) {
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    void QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((svg) => setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
  }, [url]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Copied: paste it into an email or text message to the caller.');
    } catch {
      setCopied('This device did not allow copying: select the address above and press Ctrl+C.');
    }
  };
  return (
    <div className="ready-link">
      <p>
        <a href={url} target="_blank" rel="noreferrer" aria-label="Payment link address">
          {url}
        </a>
      </p>
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {copied && <p role="status">{copied}</p>}
      {expiresAt !== null && <p className="muted">The caller can pay until {new Date(expiresAt).toLocaleString()}.</p>}
      {qr && <img src={qr} alt="QR code of the payment link" width={180} height={180} />}
    </div>
  );
}
