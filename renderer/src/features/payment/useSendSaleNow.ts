import { useEffect } from 'react';
import { syncEngine } from '../../sync/sync-engine-context';

/**
 * A card waits for the sale's invoice in Stripe: when a sale starts waiting, one sync cycle is asked
 * for at once rather than at the engine's next timer (its commit kicks and timer do the rest).
 */
export function useSendSaleNow(waiting: boolean): void {
  useEffect(() => {
    if (waiting) void syncEngine()?.syncNow();
  }, [waiting]);
}
