import { useId, useState } from 'react';
import { TEST_CARDS, type TestCard } from '../../../shared/api/terminal-calls';
import { CardReaderError } from './card-reader';
import { describeReaderState } from './reader-status-text';
import type { SimulatedReader } from './simulated-reader';
import { useReaderState } from './useReaderState';

/** What each test card does, as a developer picks it. */
const CARD_LABELS: Record<TestCard, string> = {
  visa: 'Visa (approved)',
  mastercard: 'Mastercard (approved)',
  amex: 'American Express (approved)',
  declined: 'Declined',
  insufficient_funds: 'Declined: insufficient funds',
  lost_card: 'Declined: lost card',
  stolen_card: 'Declined: stolen card',
  expired_card: 'Declined: expired card',
  processing_error: 'Processing error',
};

/**
 * Developer panel for the simulated reader (sandbox and test mode): plays the customer by
 * presenting a test card while the reader waits for one, or drops the reader's connection.
 */
export function SimulatedReaderPanel({ reader }: { reader: SimulatedReader }) {
  const state = useReaderState(reader);
  const [card, setCard] = useState<TestCard>('visa');
  const [problem, setProblem] = useState<string | null>(null);
  const selectId = useId();
  const connected = state.status === 'ready' || state.status === 'showing_cart' || state.status === 'waiting_for_card' || state.status === 'processing';
  const present = async () => {
    setProblem(null);
    try {
      await reader.presentCard(card);
    } catch (error) {
      setProblem(error instanceof CardReaderError ? error.message : String(error));
    }
  };
  return (
    <section aria-label="Simulated card reader" className="simulated-reader">
      <h2>Simulated card reader</h2>
      <p role="status">{describeReaderState(state)}</p>
      <label htmlFor={selectId}>Test card</label>
      <select id={selectId} value={card} onChange={(e) => setCard(e.target.value as TestCard)}>
        {TEST_CARDS.map((name) => (
          <option key={name} value={name}>
            {CARD_LABELS[name]}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void present()} disabled={state.status !== 'waiting_for_card'}>
        Present card
      </button>
      <button type="button" onClick={() => reader.simulateDisconnect()} disabled={!connected}>
        Simulate disconnect
      </button>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
