import { useCallback, useSyncExternalStore } from 'react';
import type { CardReader, ReaderState } from './card-reader';

/** The reader's state, re-rendering on every change. */
export function useReaderState(reader: CardReader): ReaderState {
  const subscribe = useCallback((onChange: () => void) => reader.subscribe(onChange), [reader]);
  return useSyncExternalStore(subscribe, () => reader.getState());
}
