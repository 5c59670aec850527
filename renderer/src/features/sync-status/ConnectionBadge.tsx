import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { countWaiting } from '../../sync/outbox';
import { useOnline } from '../../ui/useOnline';

/** Always visible: online or offline, and how many items wait to reach Stripe. */
export function ConnectionBadge() {
  const online = useOnline();
  const pending = useLiveQuery(() => countWaiting(db), [], 0);
  const waiting = pending === 1 ? '1 item waiting to sync' : `${pending} items waiting to sync`;
  return (
    <p className={`badge ${online ? 'online' : 'offline'}`} role="status" aria-label="Connection">
      {online ? 'Online' : 'Offline'} · {waiting}
    </p>
  );
}
