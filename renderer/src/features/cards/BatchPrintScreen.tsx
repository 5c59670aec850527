import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
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
  const loaded = useLiveQuery(async () => {
    const batch = await db.cardBatches.get(batchId);
    if (!batch) return { batch: null, cards: null, campaignName: '' };
    const [cards, campaign] = await Promise.all([cardsOfBatch(db, batch), db.campaigns.get(batch.campaignId)]);
    return { batch, cards, campaignName: campaign?.name ?? '' };
  }, [batchId]);
  const branding = useCardBranding(loaded?.campaignName || 'Our shop');
  const qr = useCardQrCodes(useStableCards(loaded?.cards ?? null));
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  if (loaded === undefined) return <main aria-label="Print batch"><p role="status">Loading the batch…</p></main>;
  const { batch, cards } = loaded;
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
          {batch.label && ` — ${batch.label}`}: {cards.length} cards
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

/** The live query answers with a new array on every store change; QR codes are remade only when the cards differ. */
function useStableCards(cards: ReferralCard[] | null): ReferralCard[] | null {
  const [kept, setKept] = useState<ReferralCard[] | null>(null);
  if (cards !== kept && JSON.stringify(cards) !== JSON.stringify(kept)) setKept(cards);
  return kept;
}
