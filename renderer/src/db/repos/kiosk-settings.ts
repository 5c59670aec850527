import type { PosDb } from '../pos-db';
import { appendAudit, type ActorContext } from './audit-repo';
import { putSetting, SETTING } from './settings-repo';
import { assertAllowed, staffSetUp } from './staff-repo';

/** A kiosk setting the rules refuse; nothing was written. */
export class KioskSettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KioskSettingError';
  }
}

export interface KioskOptions {
  idleSeconds: number;
  requiresApproval: boolean;
  privacyNotice: string;
}

export const IDLE_SECONDS_RANGE = { min: 15, max: 600 } as const;

/** A manager's kiosk settings for this device, checked and audited. */
export async function saveKioskOptions(db: PosDb, options: KioskOptions, ctx: ActorContext): Promise<void> {
  const { min, max } = IDLE_SECONDS_RANGE;
  if (!Number.isInteger(options.idleSeconds) || options.idleSeconds < min || options.idleSeconds > max) throw new KioskSettingError(`The idle time must be a whole number of seconds from ${min} to ${max}.`);
  if (options.privacyNotice.length > 4_000) throw new KioskSettingError('The privacy notice is too long (at most 4,000 characters).');
  await db.transaction('rw', [db.settings, db.staff, db.audit], async () => {
    await assertAllowed(db, ctx.actor, 'settings.change');
    await putSetting(db, SETTING.kioskIdleSeconds, options.idleSeconds);
    await putSetting(db, SETTING.kioskRequiresApproval, options.requiresApproval);
    await putSetting(db, SETTING.kioskPrivacyNotice, options.privacyNotice.trim());
    await appendAudit(db, ctx, 'settings.kiosk', { idleSeconds: options.idleSeconds, requiresApproval: options.requiresApproval });
  });
}

/** The device becomes a customer kiosk. Only where someone can take it out again: a staff PIN is needed to leave. */
export async function startKioskMode(db: PosDb, ctx: ActorContext): Promise<void> {
  await db.transaction('rw', [db.settings, db.staff, db.audit], async () => {
    await assertAllowed(db, ctx.actor, 'settings.change');
    if (!(await staffSetUp(db))) throw new KioskSettingError('Set up a manager PIN in Staff first: leaving kiosk mode needs a staff PIN.');
    await putSetting(db, SETTING.kioskMode, true);
    await appendAudit(db, ctx, 'kiosk.started');
  });
}

/** After a staff PIN (authorizeWithPin with 'kiosk.leave'): the device is a till again. */
export async function endKioskMode(db: PosDb, ctx: ActorContext): Promise<void> {
  await db.transaction('rw', [db.settings, db.audit], async () => {
    await putSetting(db, SETTING.kioskMode, false);
    await putSetting(db, SETTING.kioskWrongAttempts, []);
    await appendAudit(db, ctx, 'kiosk.left');
  });
}
