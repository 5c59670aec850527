import { useLiveQuery } from 'dexie-react-hooks';
import type { Lead, Redemption } from '../../../../shared/domain/records';
import { db } from '../../db/db';

export interface SaleView {
  sale: Redemption;
  lead: Lead | undefined;
}

/** One sale and its lead, live from the store (so sync and payment updates show at once). */
export function useSale(redemptionId: string): SaleView | undefined {
  return useLiveQuery(async () => {
    const sale = await db.redemptions.get(redemptionId);
    if (!sale) return undefined;
    return { sale, lead: await db.leads.get(sale.leadId) };
  }, [redemptionId]);
}
