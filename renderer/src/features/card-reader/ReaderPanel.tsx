import { useState } from 'react';
import { CardReaderError, type ReaderInfo, type ReaderState } from '../../terminal/card-reader';
import type { ReaderChoice } from '../../terminal/choose-reader';
import { connectCounterReader, disconnectCounterReader, useCounterReader } from '../../terminal/counter-reader';
import { describeReaderState } from '../../terminal/reader-status-text';
import { SimulatedReaderPanel } from '../../terminal/SimulatedReaderPanel';
import { useReaderState } from '../../terminal/useReaderState';

/** The counter's card reader: which one, its state, and connecting or disconnecting it. */
export function ReaderPanel() {
  const counterReader = useCounterReader((s) => s.state);
  return (
    <section className="reader-panel" aria-label="Card reader">
      <h2>Card reader</h2>
      {counterReader.status === 'starting' && <p role="status">Starting the card reader…</p>}
      {counterReader.status === 'needs_location' && (
        <p role="status">
          Stripe registers card readers to the shop’s address. A manager enters it in <a href="#/settings">Settings</a>; until then, take cash or pay later.
        </p>
      )}
      {counterReader.status === 'ready' && <ReaderControls choice={counterReader.choice} />}
    </section>
  );
}

function ReaderControls({ choice }: { choice: ReaderChoice }) {
  const state = useReaderState(choice.reader);
  const [found, setFound] = useState<ReaderInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const attempt = async (step: () => Promise<void>) => {
    setProblem(null);
    try {
      await step();
    } catch (error) {
      setProblem(error instanceof CardReaderError ? error.message : String(error));
    }
  };
  const find = () => attempt(async () => setFound(await choice.reader.discover()));
  const connect = (id: string) => attempt(async () => {
    await connectCounterReader(choice, id);
    setFound(null);
  });
  return (
    <>
      <p role="status" aria-label="Reader state">
        {describeReaderState(state)}
      </p>
      {state.status === 'unavailable' && <Recovery state={state} retry={() => void choice.reader.retry()} />}
      {state.status === 'disconnected' && (
        <button type="button" onClick={() => void find()}>
          Find card readers
        </button>
      )}
      {found && state.status === 'disconnected' && <FoundReaders readers={found} connect={(id) => void connect(id)} />}
      {isConnected(state) && (
        <button type="button" onClick={() => void attempt(() => disconnectCounterReader(choice))} disabled={state.status === 'waiting_for_card' || state.status === 'processing'}>
          Disconnect reader
        </button>
      )}
      {problem && <p role="alert">{problem}</p>}
      {choice.simulated === choice.reader && <SimulatedReaderPanel reader={choice.simulated} />}
    </>
  );
}

function FoundReaders({ readers, connect }: { readers: ReaderInfo[]; connect: (id: string) => void }) {
  if (readers.length === 0) return <p role="alert">No card reader was found. Check that it is switched on and online, then search again.</p>;
  return (
    <ul aria-label="Card readers found">
      {readers.map((reader) => (
        <li key={reader.id}>
          <button type="button" onClick={() => connect(reader.id)}>
            Connect {reader.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Recovery({ state, retry }: { state: Extract<ReaderState, { status: 'unavailable' }>; retry: () => void }) {
  if (state.recovery === 'connect_stripe') return <a href="#/settings">Open Settings</a>;
  if (state.recovery === 'reload_page')
    return (
      <button type="button" onClick={retry}>
        Reload the card reader software
      </button>
    );
  return null;
}

function isConnected(state: ReaderState): boolean {
  return state.status === 'ready' || state.status === 'showing_cart' || state.status === 'waiting_for_card' || state.status === 'processing';
}
