import { useLiveQuery } from 'dexie-react-hooks';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { buildReceipt, type Receipt } from '../../../../shared/domain/receipt';
import type { Paper } from '../../app/useHashRoute';
import { db } from '../../db/db';

const PAGE_SIZE: Record<Paper, string> = { '80mm': '80mm 297mm', a4: 'A4', letter: 'letter' };
const PAPER_LABEL: Record<Paper, string> = { '80mm': '80 mm roll', a4: 'A4', letter: 'Letter' };

/** A sale's receipt, as printed: on an 80 mm receipt printer's roll or on A4/Letter. */
export function ReceiptScreen({ redemptionId, paper }: { redemptionId: string; paper: Paper }) {
  const receipt = useLiveQuery(async () => {
    const sale = await db.redemptions.get(redemptionId);
    if (!sale) return null;
    const [lead, code, campaign, refunds] = await Promise.all([
      db.leads.get(sale.leadId),
      db.codes.get(sale.code),
      db.campaigns.get(sale.campaignId),
      db.refunds.where('redemptionId').equals(sale.id).toArray(),
    ]);
    return buildReceipt({ sale, lead, code, campaign, refunds });
  }, [redemptionId]);
  if (receipt === undefined) return null;
  if (receipt === null) return <main className="receipt-screen"><p role="alert">There is no such sale on this device.</p></main>;
  return (
    <main className={`receipt-screen paper-${paper}`} aria-label="Receipt">
      <style>{`@page { size: ${PAGE_SIZE[paper]}; margin: ${paper === '80mm' ? '3mm' : '15mm'}; }`}</style>
      <nav className="no-print receipt-tools" aria-label="Receipt paper">
        {(Object.keys(PAPER_LABEL) as Paper[]).map((p) => (
          <a key={p} href={`#/receipt/${redemptionId}?paper=${p}`} aria-current={p === paper ? 'page' : undefined}>
            {PAPER_LABEL[p]}
          </a>
        ))}
        <button type="button" onClick={() => window.print()}>
          Print receipt
        </button>
      </nav>
      <ReceiptBody receipt={receipt} />
    </main>
  );
}

function ReceiptBody({ receipt }: { receipt: Receipt }) {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    // vector, so that print scales it without blurring; a quiet zone of 4 modules and error
    // correction Q keep it legible from a cheap thermal printer
    void QRCode.toString(receipt.qrText, { type: 'svg', margin: 4, errorCorrectionLevel: 'Q' }).then((svg) => setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
  }, [receipt.qrText]);
  const row = (line: { label: string; amount: string }) => (
    <tr key={line.label}>
      <th scope="row">{line.label}</th>
      <td>{line.amount}</td>
    </tr>
  );
  return (
    <article className="receipt">
      <h2>{receipt.title}</h2>
      <p>{receipt.issuedAt}</p>
      {receipt.customer && <p>Customer: {receipt.customer}</p>}
      <table>
        <tbody>
          {receipt.lines.map(row)}
          <tr className="total">
            <th scope="row">{receipt.total.label}</th>
            <td>{receipt.total.amount}</td>
          </tr>
          {receipt.refunds.map(row)}
        </tbody>
      </table>
      <p className="tender">{receipt.payment}</p>
      <table className="references">
        <tbody>{receipt.references.map(row)}</tbody>
      </table>
      {qr && <img className="receipt-qr" src={qr} alt={`QR code: ${receipt.qrText}`} />}
    </article>
  );
}
