import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Entry, IdempotencyLayer } from './idempotency';
import type { Store, StoreSnapshot } from './store';

const FORMAT = 1;
const SAVE_DELAY_MS = 200;

interface StateFile {
  format: number;
  store: StoreSnapshot;
  idempotency: [string, Entry][];
}

export interface StateSaver {
  /** a request changed something: save soon */
  changed(): void;
  /** save now (on close) */
  flush(): Promise<void>;
}

/**
 * Sandbox mode keeps the emulator's account in a file, as Stripe keeps an account: the app's local
 * store points at ids (customers, codes, invoices) that must still exist after a restart, and
 * idempotency keys must still replay. A file from another format is refused, not guessed at.
 */
export function loadStateFile(path: string, store: Store, idempotency: IdempotencyLayer): void {
  if (!existsSync(path)) return;
  const saved = JSON.parse(readFileSync(path, 'utf8')) as StateFile;
  if (saved.format !== FORMAT) throw new Error(`${path} was written by another version of the emulator (format ${saved.format}); move it away to start afresh.`);
  store.restore(saved.store);
  idempotency.restore(saved.idempotency);
}

export function stateSaver(path: string, store: Store, idempotency: IdempotencyLayer): StateSaver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  const save = () => {
    timer = undefined;
    const content: StateFile = { format: FORMAT, store: store.snapshot(), idempotency: idempotency.snapshot() };
    writing = writing.then(() => writeAtomically(path, JSON.stringify(content))).catch((error: unknown) => console.error('[stripe-emulator] state not saved', error));
  };
  return {
    changed() {
      timer ??= setTimeout(save, SAVE_DELAY_MS);
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        save();
      }
      await writing;
    },
  };
}

async function writeAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, { mode: 0o600 });
  await rename(temporary, path);
}
