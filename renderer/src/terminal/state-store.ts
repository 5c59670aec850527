import type { ReaderState } from './card-reader';

/** The reader's current state and its listeners; a listener that throws cannot stop the others. */
export class StateStore {
  private readonly listeners = new Set<(state: ReaderState) => void>();

  constructor(private state: ReaderState) {}

  get(): ReaderState {
    return this.state;
  }

  set(next: ReaderState): void {
    if (sameState(this.state, next)) return;
    this.state = next;
    for (const listener of [...this.listeners]) {
      try {
        listener(next);
      } catch (error) {
        // a broken panel must not break the payment that is being taken
        console.error('A card reader listener failed', error);
      }
    }
  }

  subscribe(listener: (state: ReaderState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Equal states are not announced twice (a re-render per no-op would flicker panels). */
function sameState(a: ReaderState, b: ReaderState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
