import type { CustomerHistory } from '../../../../shared/domain/rules';
import type { Customer } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';

/** The customer this device knows by normalized email or phone, if any. */
export async function findKnownCustomer(
  db: PosDb,
  keys: { emailKey: string | null; phoneKey: string | null },
): Promise<Customer | undefined> {
  const byEmail = keys.emailKey ? await db.customers.where('emailKey').equals(keys.emailKey).first() : undefined;
  if (byEmail) return byEmail;
  return keys.phoneKey ? db.customers.where('phoneKey').equals(keys.phoneKey).first() : undefined;
}

/** First-time or returning, as far as this device knows (synced customers plus local sales). */
export function historyOf(customer: Customer | undefined, keys: { emailKey: string | null; phoneKey: string | null }): CustomerHistory {
  if (!keys.emailKey && !keys.phoneKey) return 'unknown';
  return customer && customer.orderCount > 0 ? 'returning' : 'first_time';
}
