import { useLiveQuery } from 'dexie-react-hooks';
import { connectionState } from '../../../../shared/sync/connection-state';
import { db } from '../../db/db';
import { countWaiting } from '../../sync/outbox';
import { useSyncStatus } from '../../sync/sync-store';
import { useOnline } from '../../ui/useOnline';

/** Always visible: online or offline, whether Stripe is answering, and how much waits to reach it. */
export function ConnectionBadge() {
  const online = useOnline();
  const waiting = useLiveQuery(() => countWaiting(db), [], 0);
  const keyRefused = useSyncStatus((s) => s.halted === 'rejected_key');
  const lastFailure = useSyncStatus((s) => s.lastFailure);
  const { tone, text } = connectionState({ online, waiting, keyRefused, lastFailure });
  return (
    <p className={`badge ${tone}`} role="status" aria-label="Connection">
      {text}
    </p>
  );
}
