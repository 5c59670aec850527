import { useEffect } from 'react';
import { syncEngine } from '../../sync/sync-engine-context';

/**
 * A card waits for the sale's invoice in Stripe: while it is not there, ask the sync engine for
 * a cycle now rather than at its next timer (it runs one cycle at a time, so asking is cheap).
 */
export function useSendSaleNow(waiting: boolean): void {
  useEffect(() => {
    if (!waiting) return;
    void syncEngine()?.syncNow();
    const timer = setInterval(() => void syncEngine()?.syncNow(), 5_000);
    return () => clearInterval(timer);
  }, [waiting]);
}
