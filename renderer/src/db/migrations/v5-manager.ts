import type { Transaction } from 'dexie';

/**
 * Version 5 opens the manager side: campaigns gain a referral-link template and "generate a code
 * when a referrer is added" (off, as before); referrers can be deactivated and remember where they
 * came from; leads say where they were captured (all earlier ones at the counter).
 */
export async function upgradeToManager(tx: Transaction): Promise<void> {
  await tx.table('campaigns').toCollection().modify((c: Record<string, unknown>) => {
    c['linkTemplate'] ??= null;
    c['generateCodeOnAdd'] ??= false;
  });
  await tx.table('referrers').toCollection().modify((r: Record<string, unknown>) => {
    r['active'] ??= true;
    r['source'] ??= r['isDemo'] ? 'demo' : 'manual';
    r['stripeCustomerId'] ??= null;
  });
  await tx.table('leads').toCollection().modify((l: Record<string, unknown>) => {
    l['source'] ??= 'counter';
    l['note'] ??= null;
  });
}
