import type { ReferralCode } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';
import { generateCodesForReferrers } from './code-generator';
import { audit, type ActionContext } from './referrer-audit';
import { requireCampaign, retireCode } from './referrer-repo';

/*
 * A manager's actions on one referrer's referral code. Each is one transaction: the local change
 * (which the counter sees at once), its outbox entry for Stripe and its audit line.
 */

const CODE_TABLES = (db: PosDb) => [db.campaigns, db.referrers, db.codes, db.outbox, db.audit];

/** Gives an active referrer without a working code a new code ("Generate" in the list). */
export async function generateCodeFor(db: PosDb, referrerId: string, ctx: ActionContext): Promise<ReferralCode> {
  return db.transaction('rw', CODE_TABLES(db), async () => {
    const referrer = await db.referrers.get(referrerId);
    if (!referrer) throw new Error('This referrer no longer exists.');
    if (!referrer.active) throw new Error(`${referrer.name} is deactivated: no new code can be given.`);
    const campaign = await requireCampaign(db, referrer.campaignId);
    const [code] = await generateCodesForReferrers(db, campaign, [referrer], { now: ctx.now, ignoreDeactivated: true });
    if (!code) throw new Error(`${referrer.name} already has a referral code.`);
    await audit(db, ctx, 'referral_code.generate', { referrerId, code: code.code });
    return code;
  });
}

/** The code stops working at once (here; in Stripe on sync). Its referrer may then be given another. */
export async function deactivateCode(db: PosDb, code: string, ctx: ActionContext): Promise<void> {
  await db.transaction('rw', CODE_TABLES(db), async () => {
    const stored = await requireActiveCode(db, code);
    await retireCode(db, stored, ctx.now);
    await audit(db, ctx, 'referral_code.deactivate', { referrerId: stored.referrerId, code });
  });
}

/** Deactivates the code and gives its referrer a new one, in one go: there is never a moment with two or none. */
export async function replaceCode(db: PosDb, code: string, ctx: ActionContext): Promise<ReferralCode> {
  return db.transaction('rw', CODE_TABLES(db), async () => {
    const stored = await requireActiveCode(db, code);
    const referrer = await db.referrers.get(stored.referrerId);
    if (!referrer?.active) throw new Error('The referrer of this code is deactivated: its code cannot be replaced.');
    await retireCode(db, stored, ctx.now);
    const campaign = await requireCampaign(db, stored.campaignId);
    const [fresh] = await generateCodesForReferrers(db, campaign, [referrer], { now: ctx.now, ignoreDeactivated: true });
    if (!fresh) throw new Error(`${referrer.name} has another working code: deactivate that one instead.`);
    await audit(db, ctx, 'referral_code.replace', { referrerId: referrer.id, code, replacement: fresh.code });
    return fresh;
  });
}

async function requireActiveCode(db: PosDb, code: string): Promise<ReferralCode> {
  const stored = await db.codes.get(code);
  if (!stored) throw new Error(`There is no referral code ${code}.`);
  if (!stored.active) throw new Error(`${code} is already deactivated.`);
  return stored;
}
