import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/db';
import { voidCardBatch } from '../../db/repos/card-batches';
import { messageOf, tillContext } from '../payment/till-context';

/** Earlier print runs of the campaign: reprint one, or void it when its cards are lost. */
export function BatchList({ campaignId }: { campaignId: string }) {
  const batches = useLiveQuery(() => db.cardBatches.where('campaignId').equals(campaignId).reverse().sortBy('number'), [campaignId]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const voidBatch = async (id: string, number: number) => {
    try {
      const count = await voidCardBatch(db, id, await tillContext());
      setMessage({ kind: 'status', text: `Batch ${number} voided: ${count} codes no longer work at the counter and are deactivated in Stripe on the next sync.` });
    } catch (error) {
      setMessage({ kind: 'alert', text: messageOf(error) });
    }
    setConfirming(null);
  };
  if (!batches || batches.length === 0) return <p className="muted">No cards printed for this campaign yet.</p>;
  return (
    <section aria-label="Print batches" className="card-batches">
      <h3>Print batches</h3>
      <table>
        <thead>
          <tr><th>Batch</th><th>Event</th><th>Cards</th><th>Created</th><th>Status</th><th /></tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.number}</th>
              <td>{b.label || '—'}</td>
              <td>{b.codes.length}</td>
              <td>{new Date(b.createdAt).toLocaleString()}</td>
              <td>{b.status === 'voided' ? 'Voided' : 'Active'}</td>
              <td>
                <a href={`#/cards/batch/${b.id}`}>{b.status === 'voided' ? `View batch ${b.number}` : `Reprint batch ${b.number}`}</a>{' '}
                {b.status === 'active' && confirming !== b.id && <button type="button" onClick={() => setConfirming(b.id)}>Void batch {b.number}</button>}
                {confirming === b.id && (
                  <span role="group" aria-label={`Confirm voiding batch ${b.number}`}>
                    Its {b.codes.length} codes will stop working. <button type="button" onClick={() => void voidBatch(b.id, b.number)}>Yes, void batch {b.number}</button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>Keep it</button>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {message && <p role={message.kind}>{message.text}</p>}
    </section>
  );
}
