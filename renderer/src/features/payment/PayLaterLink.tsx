import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import type { Redemption } from '../../../../shared/domain/records';

/** Stripe's pay page for a sale left to pay later: a link and a QR code the customer scans. */
export function PayLaterLink({ sale }: { sale: Redemption }) {
  const url = sale.hostedInvoiceUrl;
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    if (url) void QRCode.toDataURL(url, { margin: 1, width: 180 }).then(setQr);
  }, [url]);
  if (!url) return <p>The pay page appears here once the sale reaches Stripe (it needs the network).</p>;
  return (
    <div className="pay-later-link">
      <p>
        The customer pays on Stripe’s page: <a href={url} target="_blank" rel="noreferrer">open the pay page</a>
      </p>
      {qr && <img src={qr} alt="QR code of the pay page" width={180} height={180} />}
    </div>
  );
}
