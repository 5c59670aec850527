import { useCallback, useSyncExternalStore } from 'react';
import type { CardReader, ReaderState } from './card-reader';

/** The reader's state, re-rendering on every change. */
export function useReaderState(reader: CardReader): ReaderState {
  const subscribe = useCallback((onChange: () => void) => reader.subscribe(onChange), [reader]);
  return useSyncExternalStore(subscribe, () => reader.getState());
}

/** The same for a reader that may not exist yet (null until it does). */
export function useOptionalReaderState(reader: CardReader | null): ReaderState | null {
  const subscribe = useCallback((onChange: () => void) => reader?.subscribe(onChange) ?? (() => {}), [reader]);
  return useSyncExternalStore(subscribe, () => reader?.getState() ?? null);
}
