import { useState } from 'react';
import { syncEngine } from '../../sync/sync-engine-context';
import { useSyncStatus } from '../../sync/sync-store';
import { StripeNotice } from '../stripe-connection/StripeNotice';
import { ConflictList } from './ConflictList';
import { KIND_LABEL } from './kind-labels';
import { useSyncOverview } from './useSyncOverview';

const HALT_TEXT = {
  offline: 'Paused: this device is offline. Sales are kept and sent when the network is back.',
  rejected_key: 'Stopped: Stripe refused the API key. A manager must connect Stripe again.',
  locked_by_other_window: 'Another window of the app is sending right now.',
} as const;

/** Everything about the way to Stripe: what waits, what failed and why, and what a manager must decide. */
export function SyncStatusScreen() {
  const overview = useSyncOverview();
  const { draining, lastSuccessAt, lastPullAt, halted, lastFailure: last } = useSyncStatus();
  // a refusal is listed under Conflicts; this section is for what is being tried again
  const lastFailure = last?.kind === 'conflict' ? null : last;
  const [syncing, setSyncing] = useState(false);
  if (!overview) return null;
  const total = overview.pending + overview.done;
  const syncNow = async () => {
    setSyncing(true);
    await syncEngine()?.syncNow().finally(() => setSyncing(false));
  };
  return (
    <main className="sync-status" aria-label="Sync status">
      <h2>Sync status</h2>
      <StripeNotice />
      <section aria-label="Progress">
        <p>
          {overview.pending === 0 ? 'Everything recorded here is in Stripe.' : `${overview.pending} waiting to reach Stripe.`}{' '}
          {lastSuccessAt ? `Last success ${new Date(lastSuccessAt).toLocaleTimeString()}.` : 'Nothing sent yet in this session.'}
          {lastPullAt && ` Stripe’s counts read ${new Date(lastPullAt).toLocaleTimeString()}.`}
        </p>
        {(draining || syncing) && <progress aria-label="Sending to Stripe" max={Math.max(total, 1)} value={overview.done} />}
        {halted && <p role="alert">{HALT_TEXT[halted]}</p>}
        <button type="button" onClick={() => void syncNow()} disabled={syncing}>
          Sync now
        </button>
      </section>
      <section aria-label="Waiting by kind">
        <h3>Waiting</h3>
        {overview.pending === 0 && <p className="muted">Nothing waits.</p>}
        <table>
          <tbody>
            {Object.entries(overview.pendingByKind).map(([kind, count]) => (
              <tr key={kind}>
                <th scope="row">{KIND_LABEL[kind as keyof typeof KIND_LABEL]}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {(lastFailure !== null || overview.retrying.length > 0) && (
        <section aria-label="Errors">
          <h3>Errors being retried</h3>
          {lastFailure && <p>Last: {lastFailure.stripe?.message ?? lastFailure.message}</p>}
          <ul>
            {overview.retrying.map((e) => (
              <li key={e.id}>
                {KIND_LABEL[e.kind]}: {e.lastFailure?.message} — attempt {e.attempts}, next at {new Date(e.nextAttemptAt).toLocaleTimeString()}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Conflicts to decide">
        <h3>Conflicts</h3>
        <ConflictList conflicts={overview.conflicts} />
      </section>
    </main>
  );
}
