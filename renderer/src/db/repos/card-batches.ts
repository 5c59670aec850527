import { uuidv7 } from 'uuidv7';
import { referralCard, type ReferralCard } from '../../../../shared/domain/referral-card';
import type { CardBatch, ReferralCode, Referrer } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';
import { appendAuditAs } from './audit-repo';
import { queueDeactivation } from './outbox-queue';
import type { TillContext } from './payment-recorder';

/** A print run the rules refuse (no codes, a code that cannot be printed); nothing was written. */
export class CardBatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CardBatchError';
  }
}

export interface NewCardBatch {
  campaignId: string;
  codes: readonly string[];
  template: CardBatch['template'];
  sheet: CardBatch['sheet'];
  label: string;
  /** the staff list the run was made from, when it was */
  sourceFileHash?: string;
}

/** A referrer of the campaign with its active code, as the card chooser lists them. */
export interface CardCandidate {
  referrer: Referrer;
  code: ReferralCode;
}

/** Every active referrer of the campaign holding an active code, by name; one card per referrer (its newest code). */
export async function cardCandidates(db: PosDb, campaignId: string): Promise<CardCandidate[]> {
  const referrers = await db.referrers.where('campaignId').equals(campaignId).toArray();
  const codes = await db.codes.where('referrerId').anyOf(referrers.map((r) => r.id)).toArray();
  const newest = new Map<string, ReferralCode>();
  for (const code of codes) {
    if (!code.active || code.campaignId !== campaignId) continue;
    const held = newest.get(code.referrerId);
    if (!held || code.createdAt > held.createdAt) newest.set(code.referrerId, code);
  }
  return referrers
    .filter((referrer) => referrer.active !== false && newest.has(referrer.id))
    .map((referrer) => ({ referrer, code: newest.get(referrer.id)! }))
    .sort((a, b) => a.referrer.name.localeCompare(b.referrer.name));
}

/** Numbers the run (one more than the last batch on this device) and records its codes in print order. */
export async function createCardBatch(db: PosDb, draft: NewCardBatch, ctx: TillContext): Promise<CardBatch> {
  if (draft.codes.length === 0) throw new CardBatchError('Choose at least one referrer with a code to print.');
  if (new Set(draft.codes).size !== draft.codes.length) throw new CardBatchError('A code appears twice in this print run.');
  return db.transaction('rw', [db.cardBatches, db.codes, db.audit], async () => {
    const codes = await db.codes.bulkGet([...draft.codes]);
    const unusable = draft.codes.filter((code, i) => !codes[i] || !codes[i]!.active || codes[i]!.campaignId !== draft.campaignId);
    if (unusable.length > 0) throw new CardBatchError(`${unusable.length} of the chosen codes cannot be printed (deactivated or of another campaign), e.g. ${unusable[0]}.`);
    const last = await db.cardBatches.orderBy('number').last();
    const batch: CardBatch = {
      id: uuidv7(),
      number: (last?.number ?? 0) + 1,
      campaignId: draft.campaignId,
      codes: [...draft.codes],
      template: draft.template,
      sheet: draft.sheet,
      label: draft.label.trim(),
      status: 'active',
      createdAt: ctx.now,
      voidedAt: null,
      actor: ctx.actor,
      ...(draft.sourceFileHash !== undefined && { sourceFileHash: draft.sourceFileHash }),
    };
    await db.cardBatches.add(batch);
    await appendAuditAs(db, ctx, 'cards.batch_created', { batchId: batch.id, number: batch.number, cards: batch.codes.length });
    return batch;
  });
}

/** The campaign's active print run made from this staff list, if any (the newest). */
export async function batchOfFile(db: PosDb, campaignId: string, fileHash: string): Promise<CardBatch | undefined> {
  const runs = await db.cardBatches.filter((b) => b.campaignId === campaignId && b.status === 'active' && b.sourceFileHash === fileHash).toArray();
  return runs.sort((a, b) => b.number - a.number)[0];
}

/**
 * The cards were lost: every code of the batch stops working at the counter at once and is
 * deactivated in Stripe on sync. Returns how many codes were still active.
 */
export async function voidCardBatch(db: PosDb, batchId: string, ctx: TillContext): Promise<number> {
  return db.transaction('rw', [db.cardBatches, db.codes, db.outbox, db.audit], async () => {
    const batch = await db.cardBatches.get(batchId);
    if (!batch) throw new CardBatchError('This print batch is no longer on this device.');
    if (batch.status === 'voided') throw new CardBatchError(`Batch ${batch.number} is already voided.`);
    let deactivated = 0;
    for (const code of await db.codes.bulkGet(batch.codes)) {
      if (!code?.active) continue;
      await db.codes.update(code.code, { active: false });
      await queueDeactivation(db, code.code, code.syncEntryId, ctx.now);
      deactivated++;
    }
    await db.cardBatches.update(batch.id, { status: 'voided', voidedAt: ctx.now });
    await appendAuditAs(db, ctx, 'cards.batch_voided', { batchId: batch.id, number: batch.number, deactivated });
    return deactivated;
  });
}

/** The batch's cards in print order, as they are (re)printed. */
export async function cardsOfBatch(db: PosDb, batch: CardBatch, timeZone?: string): Promise<ReferralCard[]> {
  const campaign = await db.campaigns.get(batch.campaignId);
  if (!campaign) throw new CardBatchError('The campaign of this batch is no longer on this device.');
  const codes = await db.codes.bulkGet(batch.codes);
  const referrers = new Map((await db.referrers.bulkGet(codes.map((c) => c?.referrerId ?? ''))).filter((r) => r !== undefined).map((r) => [r.id, r]));
  return codes.map((code, i) => {
    if (!code) throw new CardBatchError(`Code ${batch.codes[i]} of batch ${batch.number} is no longer on this device.`);
    const referrer = referrers.get(code.referrerId);
    return referralCard({ campaign, referrer: { name: referrer?.name ?? 'Unknown referrer' }, code, batchNumber: batch.number, position: i + 1, ...(timeZone && { timeZone }) });
  });
}

