import type { CardReader } from './card-reader';
import { describeReaderState } from './reader-status-text';
import { SimulatedReaderPanel } from './SimulatedReaderPanel';
import type { SimulatedReader } from './simulated-reader';
import { useReaderState } from './useReaderState';

/** The harness page: the Stripe Terminal reader's status line, and the simulated reader's panel. */
export function HarnessPage({ sdkReader, simulated }: { sdkReader: CardReader; simulated: SimulatedReader }) {
  const state = useReaderState(sdkReader);
  return (
    <main>
      <section aria-label="Stripe Terminal reader">
        <p role="status">{describeReaderState(state)}</p>
        {state.status === 'unavailable' && state.recovery === 'reload_page' && (
          <button type="button" onClick={() => void sdkReader.retry()}>
            Reload
          </button>
        )}
      </section>
      <SimulatedReaderPanel reader={simulated} />
    </main>
  );
}
