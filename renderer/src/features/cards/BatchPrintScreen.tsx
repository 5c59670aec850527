import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ReferralCard } from '../../../../shared/domain/referral-card';
import { db } from '../../db/db';
import { cardsOfBatch } from '../../db/repos/card-batches';
import { canSavePdfDirectly, printPage, savePageAsPdf } from '../../platform/printing';
import { messageOf } from '../payment/till-context';
import { useCardBranding } from './CardDesignForm';
import { CardSheets } from './CardSheets';
import { useCardQrCodes } from './useCardQrCodes';

/** One print batch as it prints: preview identical to the sheets, then print or save as PDF. */
export function BatchPrintScreen({ batchId }: { batchId: string }) {
  // the batch live (a void shows at once); its cards read once: a sync writing to codes must not remake every QR code
  const batch = useLiveQuery(async () => (await db.cardBatches.get(batchId)) ?? null, [batchId]);
  const printed = useBatchCards(batchId);
  const branding = useCardBranding(printed?.campaignName || 'Our shop');
  const qr = useCardQrCodes(printed?.cards ?? null);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  if (batch === undefined || (batch && printed === undefined)) return <main aria-label="Print batch"><p role="status">Loading the batch…</p></main>;
  const cards = printed?.cards ?? null;
  if (!batch || !cards) return <main aria-label="Print batch"><p role="alert">This print batch is not on this device.</p></main>;
  const ready = qr.total > 0 && qr.done === qr.total;
  const output = async (how: 'print' | 'pdf') => {
    try {
      const result = how === 'print' ? await printPage() : await savePageAsPdf(`referral-cards-batch-${batch.number}.pdf`);
      setMessage(result.ok ? (result.savedTo ? { kind: 'status', text: `Saved ${result.savedTo}.` } : null) : { kind: 'alert', text: result.message });
    } catch (error) {
      setMessage({ kind: 'alert', text: messageOf(error) });
    }
  };
  return (
    <main aria-label="Print batch" className="batch-print">
      <div className="no-print batch-tools">
        <a href="#/cards">Back to cards</a>
        <h2>
          Batch {batch.number}
          {batch.label && ` — ${batch.label}`}: {cards.length.toLocaleString('en')} cards
        </h2>
        {batch.status === 'voided' && <p role="alert">This batch was voided: its codes no longer work. It cannot be printed again.</p>}
        {!ready && (
          <p>
            <label htmlFor="qr-progress">Preparing QR codes: {qr.done} of {qr.total}</label>{' '}
            <progress id="qr-progress" max={qr.total} value={qr.done} />
          </p>
        )}
        <button type="button" className="primary" disabled={!ready || batch.status === 'voided'} onClick={() => void output('print')}>
          Print
        </button>{' '}
        <button type="button" disabled={!ready || batch.status === 'voided'} onClick={() => void output('pdf')}>
          Save as PDF
        </button>
        {!canSavePdfDirectly() && <p className="muted">In the browser, Save as PDF opens the print dialog: choose “Save as PDF” as the destination, margins “None”, and keep “Background graphics” on.</p>}
        {message && <p role={message.kind}>{message.text}</p>}
      </div>
      <CardSheets cards={cards} qrSvgs={qr.svgs} branding={branding} template={batch.template} sheet={batch.sheet} />
    </main>
  );
}

/** The batch's cards and campaign name, read once per batch; null when the batch is not on this device. */
function useBatchCards(batchId: string): { cards: ReferralCard[]; campaignName: string } | null | undefined {
  const [printed, setPrinted] = useState<{ cards: ReferralCard[]; campaignName: string } | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    setPrinted(undefined);
    void (async () => {
      const batch = await db.cardBatches.get(batchId);
      const result = batch ? { cards: await cardsOfBatch(db, batch), campaignName: (await db.campaigns.get(batch.campaignId))?.name ?? '' } : null;
      if (current) setPrinted(result);
    })().catch(() => current && setPrinted(null));
    return () => {
      current = false;
    };
  }, [batchId]);
  return printed;
}
