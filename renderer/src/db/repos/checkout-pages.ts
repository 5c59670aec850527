import type { CheckoutPages } from '../../../../shared/domain/checkout-link';
import type { PosDb } from '../pos-db';
import { appendAuditAs } from './audit-repo';
import type { RecordingContext } from './lead-capture';
import { getSetting, putSetting, SETTING } from './settings-repo';

/** The pages a manager set for payment links (null: not set). */
export async function loadCheckoutPages(db: PosDb): Promise<CheckoutPages> {
  const [successUrl, cancelUrl] = await Promise.all([getSetting<string | null>(db, SETTING.checkoutSuccessUrl), getSetting<string | null>(db, SETTING.checkoutCancelUrl)]);
  return { successUrl: successUrl ?? null, cancelUrl: cancelUrl ?? null };
}

/** A manager sets the shop's pages for payment links; written with its audit line. */
export async function saveCheckoutPages(db: PosDb, pages: CheckoutPages, ctx: RecordingContext): Promise<void> {
  await db.transaction('rw', db.settings, db.audit, async () => {
    await putSetting(db, SETTING.checkoutSuccessUrl, pages.successUrl);
    await putSetting(db, SETTING.checkoutCancelUrl, pages.cancelUrl);
    await appendAuditAs(db, ctx, 'settings.checkout_pages_changed', { successUrl: pages.successUrl, cancelUrl: pages.cancelUrl });
  });
}
