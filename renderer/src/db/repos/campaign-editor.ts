import { uuidv7 } from 'uuidv7';
import { changesCoupon, sameCampaignName, type CampaignSettings } from '../../../../shared/domain/campaign';
import { describeReward } from '../../../../shared/domain/discount';
import type { AuditEntry, Campaign, OutboxEntry } from '../../../../shared/domain/records';
import { newOutboxEntry } from '../../../../shared/sync/outbox-entry';
import type { PosDb } from '../pos-db';
import { queueCoupon } from './outbox-queue';
import { getSetting, putSetting, SETTING } from './settings-repo';

/*
 * A manager's changes to campaigns. Each is one transaction: the campaign, the outbox entries that
 * carry it to Stripe and the audit line commit together, or nothing does.
 */

/** Who acts, where and when: what the audit log keeps. */
export interface ManagerAct {
  now: number;
  actor: string;
  deviceId: string;
  online: boolean;
}

/** Stripe cannot change a coupon's discount or currency, and codes already carry the reward. */
export class CampaignLockedError extends Error {
  constructor(readonly reason: string) {
    super(`${reason} Create a new campaign to offer another reward or currency.`);
    this.name = 'CampaignLockedError';
  }
}

/** Checked again inside the write: another window may have taken the name meanwhile. */
export class CampaignNameTakenError extends Error {
  constructor(name: string) {
    super(`Another campaign is already called “${name}”: choose a name the campaign switcher can tell apart.`);
    this.name = 'CampaignNameTakenError';
  }
}

async function assertNameFree(db: PosDb, name: string, exceptId: string | null): Promise<void> {
  const taken = await db.campaigns.filter((c) => c.id !== exceptId && sameCampaignName(c.name, name)).first();
  if (taken) throw new CampaignNameTakenError(taken.name);
}

export class CampaignMissingError extends Error {
  constructor() {
    super('This campaign is no longer on this device.');
    this.name = 'CampaignMissingError';
  }
}

/** Why the reward and currency can no longer change, or null while they still can. */
export async function couponLockReason(db: PosDb, campaign: Campaign): Promise<string | null> {
  if (campaign.stripeCouponId) {
    return `The reward and currency are fixed: the campaign's coupon is in Stripe (${campaign.stripeCouponId}), and Stripe cannot change a coupon's discount or currency.`;
  }
  if (await hasCodes(db, campaign.id)) return 'The reward and currency are fixed: the campaign already has referral codes that carry its reward.';
  // a send that got no answer may have created the coupon: another reward would leave two
  const creation = await unfinishedCreation(db, campaign.id);
  if (creation?.state === 'pending' && creation.lastFailure !== null) {
    return 'The reward and currency are fixed: the coupon may already be in Stripe (a send got no answer and is being retried).';
  }
  return null;
}

const REFERRER_CHUNK = 500;

/** Codes are indexed by referrer only: look through the campaign's referrers, a chunk at a time. */
async function hasCodes(db: PosDb, campaignId: string): Promise<boolean> {
  const referrerIds = (await db.referrers.where('campaignId').equals(campaignId).primaryKeys()) as string[];
  for (let i = 0; i < referrerIds.length; i += REFERRER_CHUNK) {
    if ((await db.codes.where('referrerId').anyOf(referrerIds.slice(i, i + REFERRER_CHUNK)).first()) !== undefined) return true;
  }
  return false;
}

/**
 * A new campaign and the outbox entry that creates its coupon. It becomes the counter's active
 * campaign only when the manager said so.
 */
export async function createCampaign(db: PosDb, settings: CampaignSettings, options: ManagerAct & { makeActive: boolean }): Promise<Campaign> {
  const campaign: Campaign = { id: uuidv7(), ...settings, stripeCouponId: null, isDemo: false, createdAt: options.now };
  await db.transaction('rw', [db.campaigns, db.outbox, db.audit, db.settings], async () => {
    await assertNameFree(db, campaign.name, null);
    await db.campaigns.add(campaign);
    await queueCoupon(db, campaign, options.now);
    if (options.makeActive) await putSetting(db, SETTING.activeCampaignId, campaign.id);
    await db.audit.add(audit(options, 'campaign.create', { campaignId: campaign.id, name: campaign.name, currency: campaign.currency, reward: describeReward(campaign.reward, campaign.currency), madeActive: options.makeActive }));
  });
  return campaign;
}

export interface CampaignUpdate {
  campaign: Campaign;
  /** the coupon will be renamed in Stripe (a coupon.update entry was queued) */
  renamesCoupon: boolean;
  /** the coupon was not in Stripe yet and will be created with the new reward or currency */
  recreatesCoupon: boolean;
}

/**
 * Saves a manager's edit. The reward and currency may change only while the coupon is not in
 * Stripe and no code exists (CampaignLockedError otherwise); the coupon then is sent afresh under a
 * new idempotency key. A new name reaches the coupon through a coupon.update entry. The default
 * rules apply to codes generated afterwards: existing codes keep theirs.
 */
export async function updateCampaign(db: PosDb, id: string, settings: CampaignSettings, act: ManagerAct): Promise<CampaignUpdate> {
  return db.transaction('rw', [db.campaigns, db.outbox, db.audit, db.conflicts, db.referrers, db.codes], async () => {
    const before = await db.campaigns.get(id);
    if (!before) throw new CampaignMissingError();
    await assertNameFree(db, settings.name, id);
    const recreatesCoupon = changesCoupon(before, settings);
    if (recreatesCoupon) {
      const reason = await couponLockReason(db, before);
      if (reason) throw new CampaignLockedError(reason);
    }
    const campaign: Campaign = { ...before, ...settings };
    await db.campaigns.put(campaign);
    const creation = recreatesCoupon ? await requeueCoupon(db, campaign, act) : await unfinishedCreation(db, id);
    const renamesCoupon = !recreatesCoupon && before.name !== campaign.name && (before.stripeCouponId !== null || creation !== undefined);
    if (renamesCoupon) await db.outbox.add(newOutboxEntry(uuidv7(), 'coupon.update', id, creation ? [creation.id] : [], act.now));
    const changed = (Object.keys(settings) as (keyof CampaignSettings)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(campaign[key]));
    await db.audit.add(audit(act, 'campaign.update', { campaignId: id, name: campaign.name, changed: changed.join(', '), renamesCoupon, recreatesCoupon }));
    return { campaign, renamesCoupon, recreatesCoupon };
  });
}

/** The coupon.create entry still on its way (waiting or refused), if any. */
async function unfinishedCreation(db: PosDb, campaignId: string): Promise<OutboxEntry | undefined> {
  return db.outbox
    .where('recordId')
    .equals(campaignId)
    .and((e) => e.kind === 'coupon.create' && (e.state === 'pending' || e.state === 'conflict'))
    .first();
}

/**
 * The coupon is not in Stripe yet and its reward changed: the old entry is cancelled (a refusal it
 * met is settled as sent again) and a new one, under a new key, carries the new reward. Waiting
 * renames follow the new entry.
 */
async function requeueCoupon(db: PosDb, campaign: Campaign, act: ManagerAct): Promise<OutboxEntry> {
  const old = await db.outbox.where('recordId').equals(campaign.id).and((e) => e.kind === 'coupon.create' && (e.state === 'pending' || e.state === 'conflict')).toArray();
  const oldIds = new Set(old.map((e) => e.id));
  for (const entry of old) {
    await db.outbox.update(entry.id, { state: 'cancelled' });
    const open = await db.conflicts.where('entryId').equals(entry.id).filter((c) => c.resolution === null).toArray();
    for (const conflict of open) await db.conflicts.update(conflict.id, { resolution: { action: 'retry', at: act.now, actor: act.actor } });
  }
  const fresh = await queueCoupon(db, campaign, act.now);
  const renames = await db.outbox.where('recordId').equals(campaign.id).and((e) => e.kind === 'coupon.update' && e.state === 'pending').toArray();
  for (const rename of renames) {
    await db.outbox.update(rename.id, { dependsOn: rename.dependsOn.map((dep) => (oldIds.has(dep) ? fresh.id : dep)) });
  }
  return fresh;
}

/** The counter works in this campaign from now on; the switch is audited. */
export async function makeCampaignActive(db: PosDb, id: string, act: ManagerAct): Promise<void> {
  await db.transaction('rw', [db.campaigns, db.settings, db.audit], async () => {
    const campaign = await db.campaigns.get(id);
    if (!campaign) throw new CampaignMissingError();
    const previous = (await getSetting<string>(db, SETTING.activeCampaignId)) ?? null;
    if (previous === id) return;
    await putSetting(db, SETTING.activeCampaignId, id);
    await db.audit.add(audit(act, 'campaign.activate', { campaignId: id, name: campaign.name, previousCampaignId: previous }));
  });
}

function audit(act: ManagerAct, action: string, details: AuditEntry['details']): AuditEntry {
  return { id: uuidv7(), at: act.now, actor: act.actor, deviceId: act.deviceId, online: act.online, action, details };
}
