import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { db } from '../../db/db';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Always visible: online or offline, and how many items wait to reach Stripe. */
export function ConnectionBadge() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  const pending = useLiveQuery(() => db.outbox.where('state').equals('pending').count(), [], 0);
  const waiting = pending === 1 ? '1 item waiting to sync' : `${pending} items waiting to sync`;
  return (
    <p className={`badge ${online ? 'online' : 'offline'}`} role="status" aria-label="Connection">
      {online ? 'Online' : 'Offline'} · {waiting}
    </p>
  );
}
