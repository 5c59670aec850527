import { afterEach, describe, expect, it } from 'vitest';
import { SIMULATED_READER } from '../../../renderer/src/terminal/simulated-reader';
import { connectCounterReader, disconnectCounterReader, restartCounterReader, startCounterReader, useCounterReader, type ReaderMemory, type ShopLocation } from '../../../renderer/src/terminal/counter-reader';
import { fakeTerminalApi } from './fakes';

const LOCATION: ShopLocation = { displayName: 'Front counter', address: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US', state: 'IL' } };

function memory(start: { location?: ShopLocation | null; lastReaderId?: string | null } = {}) {
  const saved = { location: start.location ?? null, lastReaderId: start.lastReaderId ?? null };
  const store: ReaderMemory = {
    location: async () => saved.location,
    lastReaderId: async () => saved.lastReaderId,
    rememberReader: async (readerId) => void (saved.lastReaderId = readerId),
  };
  return { store, saved };
}

const current = () => useCounterReader.getState().state;

afterEach(() => {
  const state = current();
  if (state.status === 'ready') state.choice.reader.dispose();
});

describe('the counter’s card reader', () => {
  it('in sandbox mode is the simulated reader, needing no shop address', async () => {
    await startCounterReader(fakeTerminalApi().api, { mode: 'sandbox', connected: false }, memory().store);
    const state = current();
    expect(state.status === 'ready' && state.choice.reader.kind).toBe('simulated');
    expect(state.status === 'ready' && state.choice.reader.getState().status).toBe('disconnected');
  });

  it('reconnects the reader connected last, and forgets it once the cashier disconnects it', async () => {
    const { store, saved } = memory({ lastReaderId: SIMULATED_READER.id });
    await startCounterReader(fakeTerminalApi().api, { mode: 'sandbox', connected: false }, store);
    const state = current();
    if (state.status !== 'ready') throw new Error('no reader');
    expect(state.choice.reader.getState()).toEqual({ status: 'ready', reader: SIMULATED_READER });
    await disconnectCounterReader(state.choice);
    expect(saved.lastReaderId).toBeNull();
    await connectCounterReader(state.choice, SIMULATED_READER.id);
    expect(saved.lastReaderId).toBe(SIMULATED_READER.id);
  });

  it('with a real account waits for the shop’s address, then is Stripe Terminal registered to it', async () => {
    const { store, saved } = memory();
    await startCounterReader(fakeTerminalApi().api, { mode: 'test', connected: true }, store);
    expect(current()).toEqual({ status: 'needs_location' });
    saved.location = LOCATION;
    await restartCounterReader();
    const state = current();
    expect(state.status === 'ready' && state.choice.reader.kind).toBe('stripe_terminal');
  });
});
