import { uuidv7 } from 'uuidv7';
import type { ContactError } from '../../../../shared/domain/contact';
import type { Campaign, ReferralCode, Referrer } from '../../../../shared/domain/records';
import { ContactIndex, contactKeysOf, duplicateMessage, validateReferrer, type ReferrerContact, type ReferrerInput } from '../../../../shared/domain/referrer';
import type { PosDb } from '../pos-db';
import { generateCodesForReferrers } from './code-generator';
import { queueDeactivation } from './outbox-queue';
import { audit, type ActionContext } from './referrer-audit';

export type ReferrerChange = { ok: true; referrer: Referrer; code: ReferralCode | null } | { ok: false; errors: ContactError[] };

/**
 * Adds a referrer to the campaign, with a referral code when asked (its promotion code queued for
 * Stripe in the same transaction). Nobody is emailed: the referrer learns the code from the shop.
 * Refused, changing nothing, when the details are invalid or the email or phone already belongs
 * to a referrer of the campaign (that referrer is named).
 */
export async function addReferrer(db: PosDb, campaignId: string, input: ReferrerInput, withCode: boolean, ctx: ActionContext): Promise<ReferrerChange> {
  const checked = validateReferrer(input);
  if (!checked.ok) return checked;
  return db.transaction('rw', [db.campaigns, db.referrers, db.codes, db.outbox, db.audit], async () => {
    const campaign = await requireCampaign(db, campaignId);
    const duplicate = await findDuplicate(db, campaignId, checked.value, null);
    if (duplicate) return duplicate;
    const referrer: Referrer = {
      id: uuidv7(), campaignId, name: checked.value.name, email: checked.value.email, phone: checked.value.phone,
      active: true, source: 'manual', stripeCustomerId: null, isDemo: false, createdAt: ctx.now,
    };
    await db.referrers.add(referrer);
    const [code] = withCode ? await generateCodesForReferrers(db, campaign, [referrer], { now: ctx.now }) : [];
    await audit(db, ctx, 'referrer.add', { referrerId: referrer.id, campaignId, name: referrer.name, code: code?.code ?? null });
    return { ok: true, referrer, code: code ?? null };
  });
}

/** Changes a referrer's name, email or phone, with the same checks as adding one. */
export async function updateReferrer(db: PosDb, referrerId: string, input: ReferrerInput, ctx: ActionContext): Promise<ReferrerChange> {
  const checked = validateReferrer(input);
  if (!checked.ok) return checked;
  return db.transaction('rw', [db.referrers, db.audit], async () => {
    const referrer = await db.referrers.get(referrerId);
    if (!referrer) throw new Error('This referrer no longer exists.');
    const duplicate = await findDuplicate(db, referrer.campaignId, checked.value, referrerId);
    if (duplicate) return duplicate;
    const changed = { name: checked.value.name, email: checked.value.email, phone: checked.value.phone };
    await db.referrers.update(referrerId, changed);
    await audit(db, ctx, 'referrer.update', { referrerId, ...changed });
    return { ok: true, referrer: { ...referrer, ...changed }, code: null };
  });
}

/**
 * Deactivates a referrer: its history stays, its codes stop working at the counter at once (they
 * are deactivated here) and are deactivated in Stripe on the next sync.
 */
export async function deactivateReferrer(db: PosDb, referrerId: string, ctx: ActionContext): Promise<ReferralCode[]> {
  return db.transaction('rw', [db.referrers, db.codes, db.outbox, db.audit], async () => {
    const referrer = await db.referrers.get(referrerId);
    if (!referrer) throw new Error('This referrer no longer exists.');
    const codes = await db.codes.where('referrerId').equals(referrerId).filter((c) => c.active).toArray();
    await db.referrers.update(referrerId, { active: false });
    for (const code of codes) await retireCode(db, code, ctx.now);
    await audit(db, ctx, 'referrer.deactivate', { referrerId, name: referrer.name, codes: codes.map((c) => c.code).join(' ') });
    return codes;
  });
}

/** The code stops working here now, and in Stripe once the deactivation is sent. Inside a transaction. */
export async function retireCode(db: PosDb, code: ReferralCode, now: number): Promise<void> {
  await db.codes.update(code.code, { active: false });
  await queueDeactivation(db, code.code, code.syncEntryId, now);
}

export async function requireCampaign(db: PosDb, campaignId: string): Promise<Campaign> {
  const campaign = await db.campaigns.get(campaignId);
  if (!campaign) throw new Error('This campaign no longer exists.');
  return campaign;
}

/** The campaign's referrers by contact key: one walk of the campaign's referrers. */
export async function contactIndexOf(db: PosDb, campaignId: string, except: string | null = null): Promise<ContactIndex<Referrer>> {
  const index = new ContactIndex<Referrer>();
  await db.referrers.where('campaignId').equals(campaignId).each((r) => {
    if (r.id !== except) index.add(contactKeysOf(r), r);
  });
  return index;
}

async function findDuplicate(db: PosDb, campaignId: string, contact: ReferrerContact, except: string | null): Promise<ReferrerChange | null> {
  const match = (await contactIndexOf(db, campaignId, except)).find(contact);
  if (!match) return null;
  const inactive = match.existing.active ? '' : ' That referrer is deactivated.';
  return { ok: false, errors: [{ field: match.by, message: duplicateMessage(match) + inactive }] };
}
