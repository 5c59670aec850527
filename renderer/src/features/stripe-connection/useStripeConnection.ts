import { useState } from 'react';
import { checkStripeKey } from '../../../../shared/domain/stripe-key';
import { db } from '../../db/db';
import { removeDemoData } from '../../db/demo-seed';
import { getPosApi } from '../../platform/api';
import { assertMayChangeKeys, auditStripeConnection } from './connection-audit';
import { refreshStripeStatus } from './stripe-status';
import { useStripeStatus } from './stripe-status-store';

export type ConnectionMessage = { kind: 'done' | 'error'; text: string };

/** Connect and disconnect as a manager does them: checked, told in words, audited, applied at once. */
export function useStripeConnection() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ConnectionMessage | null>(null);

  const run = async (work: () => Promise<ConnectionMessage>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  /**
   * true when the key was accepted (the form then forgets it). Demo data is removed first when asked:
   * once a real key is in, the sync engine would send it to that account.
   */
  const connect = async (secretKey: string, options: { removeDemo: boolean }): Promise<boolean> => {
    const checked = checkStripeKey(secretKey);
    if (!checked.ok) return setMessage({ kind: 'error', text: checked.message }), false;
    let accepted = false;
    await run(async () => {
      await assertMayChangeKeys();
      if (options.removeDemo) await removeDemoData(db);
      const result = await getPosApi()['stripe:connect']({ secretKey: checked.key });
      if (!result.ok) {
        const { stripe } = result.error;
        await auditStripeConnection('stripe.connect_refused', {
          code: result.error.code,
          statusCode: stripe?.statusCode ?? null,
          requestId: stripe?.requestId ?? null,
          demoRemoved: options.removeDemo,
        });
        const removed = options.removeDemo ? ' The demo data was removed.' : '';
        return { kind: 'error', text: refusalText(result.error.code, result.error.message) + removed };
      }
      accepted = true;
      const { mode, accountId, accountName } = result.value;
      await auditStripeConnection('stripe.connect', { mode, accountId, accountName, demoRemoved: options.removeDemo });
      await refreshStripeStatus(getPosApi());
      return { kind: 'done', text: `Connected to ${accountName ?? accountId} in ${mode} mode.` };
    });
    return accepted;
  };

  const disconnect = () =>
    run(async () => {
      await assertMayChangeKeys();
      const before = useStripeStatus.getState().stripe;
      const result = await getPosApi()['stripe:disconnect']({});
      if (!result.ok) return { kind: 'error', text: result.error.message };
      await auditStripeConnection('stripe.disconnect', { mode: before?.mode ?? null, accountId: before?.account?.id ?? null });
      await refreshStripeStatus(getPosApi());
      return { kind: 'done', text: 'Disconnected: the key is deleted from this device, and the app is back in sandbox mode.' };
    });

  return { busy, message, connect, disconnect };
}

/** Stripe's refusal verbatim, with what it means for the manager. */
function refusalText(code: string, message: string): string {
  if (code === 'stripe_refused') return `Stripe refused the key: ${message} Nothing was stored.`;
  if (code === 'stripe_unreachable' || code === 'stripe_unavailable') return `${message} The key could not be checked, so nothing was stored; try again when Stripe can be reached.`;
  return message;
}
