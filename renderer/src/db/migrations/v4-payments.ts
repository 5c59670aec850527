import type { Transaction } from 'dexie';

/**
 * Version 4 takes payments: sales recorded before it have no tender yet and nothing refunded;
 * campaigns qualify leads on use (the behaviour before); leads say why they are pending.
 */
export async function upgradeToPayments(tx: Transaction): Promise<void> {
  await tx.table('campaigns').toCollection().modify((c: Record<string, unknown>) => void (c['qualifyWhenCodeUsed'] ??= true));
  await tx.table('leads').toCollection().modify((l: Record<string, unknown>) => void (l['statusReason'] ??= 'Sale recorded; waiting for payment.'));
  await tx.table('redemptions').toCollection().modify((r: Record<string, unknown>) => {
    r['payment'] ??= null;
    r['hostedInvoiceUrl'] ??= null;
    r['refundedAmount'] ??= 0;
  });
}
