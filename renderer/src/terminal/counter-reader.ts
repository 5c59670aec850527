import { create } from 'zustand';
import type { AppInfo, ArgsOf } from '../../../shared/api/contract';
import { chooseReader, type ChooseReaderDeps, type ReaderChoice } from './choose-reader';

export type ShopLocation = ArgsOf<'terminal:ensureLocation'>;

/** The counter's reader as the screens see it, before and after it can be made. */
export type CounterReaderState =
  | { status: 'starting' }
  /** a real Stripe account, but Stripe registers readers to the shop's address and none is set */
  | { status: 'needs_location' }
  | { status: 'ready'; choice: ReaderChoice };

interface CounterReaderStore {
  state: CounterReaderState;
  set(state: CounterReaderState): void;
}

export const useCounterReader = create<CounterReaderStore>((set) => ({
  state: { status: 'starting' },
  set: (state) => set({ state }),
}));

/** What the counter remembers between starts: the shop's address and the reader last connected. */
export interface ReaderMemory {
  location(): Promise<ShopLocation | null>;
  lastReaderId(): Promise<string | null>;
  rememberReader(readerId: string | null): Promise<void>;
}

type ReaderApi = ChooseReaderDeps['api'];

let started: { api: ReaderApi; stripe: AppInfo['stripe']; memory: ReaderMemory } | null = null;

/**
 * Makes this window's reader once the Stripe mode is known (boot), and reconnects the reader used
 * last, so that a cashier starting the till finds it ready. Sandbox needs no address: its reader
 * is the app's simulated one.
 */
export async function startCounterReader(api: ReaderApi, stripe: AppInfo['stripe'], memory: ReaderMemory): Promise<void> {
  started = { api, stripe, memory };
  await replaceReader();
}

/** The shop's address changed in Settings: the reader is made again for the new Terminal Location. */
export async function restartCounterReader(): Promise<void> {
  if (started) await replaceReader();
}

/** Connects a reader found by `discover()` and remembers it for the next start. */
export async function connectCounterReader(choice: ReaderChoice, readerId: string): Promise<void> {
  await choice.reader.connect(readerId);
  await started?.memory.rememberReader(readerId);
}

/** Disconnects on the cashier's word: the next start does not reconnect it. */
export async function disconnectCounterReader(choice: ReaderChoice): Promise<void> {
  await choice.reader.disconnect();
  await started?.memory.rememberReader(null);
}

async function replaceReader(): Promise<void> {
  if (!started) return;
  const { api, stripe, memory } = started;
  const previous = useCounterReader.getState().state;
  if (previous.status === 'ready') {
    previous.choice.reader.dispose();
    if (previous.choice.simulated !== previous.choice.reader) previous.choice.simulated?.dispose();
  }
  const location = await memory.location();
  if (stripe.mode !== 'sandbox' && !location) return useCounterReader.getState().set({ status: 'needs_location' });
  const choice = chooseReader(stripe, { api, location: location ?? SANDBOX_LOCATION });
  useCounterReader.getState().set({ status: 'ready', choice });
  await reconnectLast(choice, memory);
}

/** A reader that cannot be reached now stays disconnected; the panel offers to find it again. */
async function reconnectLast(choice: ReaderChoice, memory: ReaderMemory): Promise<void> {
  const readerId = await memory.lastReaderId();
  if (!readerId || choice.reader.getState().status === 'unavailable') return;
  try {
    const found = await choice.reader.discover();
    if (found.some((reader) => reader.id === readerId)) await choice.reader.connect(readerId);
  } catch {
    // the panel shows the reader disconnected, with "Find card readers"
  }
}

/** The simulated reader never registers with Stripe; this only satisfies the shape. */
const SANDBOX_LOCATION: ShopLocation = {
  displayName: 'Sandbox shop',
  address: { line1: '1 Sandbox Street', city: 'Sandbox', postalCode: '00000', country: 'US', state: null },
};
