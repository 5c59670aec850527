import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/db';
import { StripeNotice } from './StripeNotice';
import { modeLabelOf, useStripeStatus, type StripeStatus } from './stripe-status-store';
import { useStripeConnection } from './useStripeConnection';

const KEY_PLACE = {
  electron: 'The key is kept encrypted by the operating system’s keychain, on this device only.',
  browser: 'The key is kept in a file on this computer that only your user account can read.',
} as const;

/**
 * Settings → Stripe account: connect with a secret or restricted key, see which account, disconnect.
 * `refusal` (why the person signed in may not change the keys) leaves the status visible and the controls disabled.
 */
export function StripeConnectionSection({ refusal = null }: { refusal?: string | null }) {
  const stripe = useStripeStatus((s) => s.stripe);
  const host = useStripeStatus((s) => s.host);
  const { busy, message, connect, disconnect } = useStripeConnection();
  const [key, setKey] = useState('');
  const hasDemo = useLiveQuery(async () => (await db.campaigns.filter((c) => c.isDemo).count()) > 0, [], false);
  return (
    <section className="stripe-connection" aria-label="Stripe account">
      <h3>Stripe account</h3>
      {stripe && <ConnectionStatus stripe={stripe} keyPlace={host ? KEY_PLACE[host] : ''} />}
      <StripeNotice settingsLink={false} />
      {refusal && (
        <p id="stripe-keys-refusal" className="muted">
          {refusal}
        </p>
      )}
      {stripe?.keySource !== 'environment' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void connect(key, { removeDemo: hasDemo }).then((accepted) => accepted && setKey(''));
          }}
        >
          <label htmlFor="stripe-secret-key">Secret key (sk_…) or restricted key (rk_…)</label>
          <input
            id="stripe-secret-key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={key}
            onChange={(e) => setKey(e.target.value)}
            disabled={refusal !== null}
            aria-describedby={refusal ? 'stripe-keys-refusal' : undefined}
          />
          {hasDemo && <p>The demo data is removed first: it must not reach your Stripe account.</p>}
          <button type="submit" disabled={busy || refusal !== null}>
            {stripe?.connected ? 'Connect another key' : hasDemo ? 'Remove demo data and connect' : 'Connect'}
          </button>
          {stripe?.connected && (
            <button type="button" disabled={busy || refusal !== null} onClick={() => void disconnect()}>
              Disconnect
            </button>
          )}
        </form>
      )}
      <p className="muted">A restricted key with only the permissions the app needs is safest; it must be allowed to read the account (Stripe checks the key by reading it).</p>
      {busy && <p role="status">Asking Stripe…</p>}
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'field-error' : undefined}>{message.text}</p>}
    </section>
  );
}

function ConnectionStatus({ stripe, keyPlace }: { stripe: StripeStatus; keyPlace: string }) {
  if (!stripe.connected) return <p aria-label="Stripe connection">Sandbox: no Stripe account is connected.</p>;
  return (
    <div aria-label="Stripe connection">
      <p>
        <strong>{modeLabelOf(stripe)}</strong>
        {stripe.account && ` — ${stripe.account.name ?? 'unnamed account'} (${stripe.account.id})`}
      </p>
      <p className="muted">
        {stripe.keySource === 'environment'
          ? 'The key comes from the STRIPE_SECRET_KEY environment variable: it cannot be changed or disconnected here; change or remove the variable and restart the app.'
          : keyPlace}
      </p>
    </div>
  );
}
